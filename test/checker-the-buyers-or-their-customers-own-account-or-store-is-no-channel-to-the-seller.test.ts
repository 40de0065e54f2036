import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Whose account or store it is decides: the buyer's own customer's account printed on the goods ("把他的 TikTok 账号印在
// 杯子上"), or the buyer's own store on another marketplace the rep has looked at ("看了您的 Shopee 店铺"), is no way to
// the seller. The rep's own account printed, or the rep's own store to search, still leaks.
describe('the buyer\'s or their customer\'s own account or store is no channel to the seller', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['zh: our own Instagram printed on the box, follow it', '礼盒上印我的Instagram账号 soap_mia88，关注一下'],
      ['zh: our own Shopee store, search it for cheaper', '我们虾皮也有店铺，搜 Jiahe Lamps 更便宜'],
      ['en: find us on Amazon, cheaper there', 'find us on Amazon, our store there is cheaper'],
    ],
    [
      ['zh: the end customer wants his TikTok on the mugs', '客户说要把他的TikTok账号印在马克杯底部，可以的，丝印加0.08美金一个'],
      ['zh: saw the buyer\'s Shopee store, our model fits', '看了您的虾皮店铺，那款10寸的风扇跟我们的型号可以通用'],
      ['en: checked the buyer\'s Etsy shop', 'I checked your Etsy shop, our kraft gift tags would match it well'],
    ],
  );
});

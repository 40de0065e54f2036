import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// 不走 and 不用 next to Trade Assurance read as not using it; "不走私人账户" refuses the private route instead. A
// payment method ruled out right after its name ("微信支付在国际站上用不了") is no payee either.
describe('a payment route refused or unavailable is no Trade Assurance condition and no payee', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['no private account, all in the Alibaba order', '我们不走个人账户，也不收现金，货款都在阿里订单里付。'],
      ['WeChat Pay unavailable on the platform', '支付宝在国际站上用不了，您可以在订单里用信用卡或 T/T 付。'],
      ['PayPal not accepted', 'PayPal is not accepted for this order, please pay in the Trade Assurance order.'],
    ],
    [
      ['Trade Assurance dropped for WeChat Pay', '信保就不走了，直接微信支付给我就行'],
      ['not using Trade Assurance for a discount', '不用信保的话单价可以便宜3%'],
    ],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Round 35's misses, as structures: a social app named in Chinese as where the two go to talk; a contact word left as a
// blank for the buyer to fill and send back; goods or a sample sent privately, outside an order; an email described as a
// name in pinyin at a provider's nickname; the rep's other account as "that one", unnamed; a call to the buyer with the
// subject left out; a code to scan and then talk; which app the buyer uses. Each beside the look-alike that passes.
describe('a move to a chinese app, a blank for a mobile and a private sample are leaks', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['others talking about the goods on the app', '不少博主到抖音上聊过这款灯'],
      ['a sample ordered on the platform', '样品可以在平台上下单，我们包邮寄过去'],
      ['a warning against accounts sent privately', '别相信私下发来的收款账户，付款只走信保订单'],
      ['the order form names the consignee phone', '收货人电话请在订单里填写，我们按订单发货'],
      ['a code on the goods for the manual', '扫这个码可以看安装视频'],
      ['that one as a product', '加我那个产品的报价单里有运费'],
    ],
    [
      ['the talk moved to a Chinese social app', '要不我们去抖音上聊，我那边视频多'],
      ['a blank for the mobile to fill and send back', '电话号码请填写后发我：________'],
      ['a sample sent privately', '我们私下给您发样品过去，不用在平台下单'],
      ['a sample sent off the platform, in English', 'We will ship you the samples off the platform, cheaper for both of us'],
      ['an email described by pinyin and a provider nickname', '我的邮箱是公司名字的拼音，后缀是网易的163'],
      ['that one, unnamed, after not here', '这里不方便说，您加我那个号吧'],
      ['a call to the buyer, subject left out', '您的号码我记下了，回头直接打给您'],
      ['a code scanned to talk', '扫这个二维码，咱们直接聊'],
      ['which app the buyer uses', 'The chat is slow today, which app do you use?'],
    ],
  );
});

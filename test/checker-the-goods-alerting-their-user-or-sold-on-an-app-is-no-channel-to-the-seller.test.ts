import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// What the contact word is attached to: a mail or a text the goods send to their own user ("也会给业主发短信提醒", the
// device left unsaid), or the apps named as where the buyer's customers sell the goods ("放在 Facebook 和 TikTok 上卖"),
// is no way to the seller. The rep's own handle or an "add me" beside it still leaks.
describe('the goods alerting their user, or sold on an app, is no channel to the seller', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['zh: alerts to the owner, then add my WeChat', '漏水时会给业主发短信提醒，详细资料加我微信 leak_guard88 发您'],
      ['zh: sold on TikTok, add me there', '我们的产品在TikTok上卖得很好，加我TikTok看视频'],
    ],
    [
      ['zh: the alarm also texts the homeowner', '烟雾浓度超标时面板会响，同时也会给业主手机发短信报警，这个可以在设置里关掉'],
      ['zh: buyers sell them on Facebook and TikTok', '这款发夹好多客户是放在Facebook和TikTok上卖的，我们可以给您无水印图片'],
    ],
  );
});

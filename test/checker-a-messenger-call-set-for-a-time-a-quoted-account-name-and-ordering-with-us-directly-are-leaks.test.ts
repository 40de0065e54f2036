import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A call on a messenger put as the plan for a time ("Skype call tomorrow?"), or "call me on Viber", moves the talk to
// that app; asking whether the buyer has Zoom, or for a meeting ID, sets up a meeting off the platform. An account
// name given in quotes after the account word (我们的抖音号“…”) is a social channel. "直接下单" in the Alibaba store is
// the platform's own order, while ordering "with us directly" is not. Devices that support such calls, a product
// made popular by an influencer, and the platform's own video call stay legitimate.
const passes: Array<[string, string]> = [
  ['a headset that supports messenger calls', 'This headset supports WhatsApp calls and Skype calls, battery lasts 20 hours.'],
  ['the platform video call tomorrow', 'We can do a video call on Alibaba.com tomorrow at 3pm to show you the line.'],
  ['a product an influencer recommended', '这款灯在抖音上很火，有个达人账号“灯灯好物”推荐过，阿里店铺里现货。'],
  ['order directly in the Alibaba store', '您上周要的颜色到货了，在我们阿里店铺首页第二个产品，直接下单就行。'],
];
const leaks: Array<[string, string]> = [
  ['a Viber call tomorrow', 'Viber call tomorrow at 10am? I can walk you through the samples.'],
  ['call me on Skype', 'For the technical details please call me on Skype, it is easier.'],
  ['does the buyer have Zoom, and the meeting ID', '老板想跟您视频看厂，您有 Zoom 吗？把 meeting ID 发我。'],
  ['an account name in quotes', '安装视频都在我们的快手号“恒达五金”里，您可以看看。'],
  ['an account name in quotes, English', 'All install videos are on our TikTok account "Hengda Hardware".'],
  ['ordering with us directly', '下次直接跟我们下单就行，价格更低。'],
];

describe('a messenger call set for a time, a quoted account name and ordering with us directly', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

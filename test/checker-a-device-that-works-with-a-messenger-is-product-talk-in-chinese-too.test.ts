import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A speaker, headset, doorbell or car kit that works during a messenger call is the product's feature, also when
// the rep says "our" product in Chinese; adding the rep on that messenger is still an invitation.
const passes: Array<[string, string]> = [
  ['our Bluetooth speaker during WeChat calls', '我们的蓝牙音箱可以连接手机，微信语音通话时也能用。'],
  ['our headset with WhatsApp calls', '我们的耳机降噪很好，WhatsApp 语音通话也很清楚。'],
  ['a car kit hands-free', '我们的车载免提支持 Telegram 来电自动接听。'],
];
const leaks: Array<[string, string]> = [
  ['the speaker\'s details on the rep\'s WeChat', '我们的蓝牙音箱详细参数加我微信发你'],
  ['the headset video on WhatsApp', '耳机的测试视频我 WhatsApp 发你'],
];

describe('a device that works with a messenger is product talk', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

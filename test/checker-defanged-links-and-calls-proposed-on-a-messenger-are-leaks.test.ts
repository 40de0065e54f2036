import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Obfuscated links (a dot in brackets, dots spaced after "www") and a video or voice call the rep proposes on a
// messenger. A device's app-call feature and a call on the platform stay legitimate.
const leaks: Array<[string, string]> = [
  ['a defanged dot in brackets', 'Our site is hengda[.]com[.]cn, the catalogue is under Downloads.'],
  ['a defanged dot in parentheses with a path', 'Price list: greenleaf-tools(.)net/prices, password 2024.'],
  ['dots spaced after www', 'Visit www . ningboparts . com for more models.'],
  ['a WhatsApp video call proposed', "Let's jump on a WhatsApp video call tomorrow morning so you see the line."],
  ['a Telegram voice call proposed', 'How about a quick Telegram voice call tonight?'],
  ['微信视频看工厂', '我们用微信视频看一下工厂吧。'],
  ['约个微信语音', '可以约个微信语音，详细聊一下价格。'],
];

const passes: Array<[string, string]> = [
  ['a tablet that supports WhatsApp video calls', 'The tablet supports WhatsApp video calls and has a 5MP front camera.'],
  ['a video call on the platform', "Let's do a video call here in the Alibaba app, tap the camera icon."],
  ['a WhatsApp call declined', "We don't do WhatsApp video calls, but we can video call here on Alibaba."],
  ['手表支持微信视频通话', '这款手表支持微信视频通话。'],
  ['a sentence ending before a net weight', 'Gross weight is 12 kg . Net weight is 11 kg.'],
];

describe('defanged links and calls proposed on a messenger', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// An app named only to wave it away, in casual words no refusal pattern read: echoed as a question and answered with a
// casual no ("Skype? nope", "Line？没有哈", "¿Viber? jaja no"), kept for family or friends ("my Line is just for my
// family"), or answered in the next clause that it cannot be given ("你要的 Viber，这个实在给不了"). An add or a contact
// before the name, an account given anyway, or "no need / no worries" after a real question still leak.
const passes: Array<[string, string]> = [
  ['echoed, casual no, en', 'Skype? nope 🙈 we answer faster in this chat anyway'],
  ['echoed, barely used, en', 'TikTok? lol we hardly post there, the new catalogue is on our Alibaba store'],
  ['kept for family, en', 'Haha my Line is just for my family. Send the drawing here and I will check it.'],
  ['echoed, casual no, zh', 'Line？没有哈，有问题直接在这边问我'],
  ['kept for family, zh', '我的微信只加家人朋友哈，款式您在这里发我就行'],
  ['cannot be given, zh', '你要的 Viber，这个实在给不了，规定不允许，图片我在这里发你'],
  ['echoed, casual no, es', '¿Viber? jaja no, mejor le respondo aquí mismo'],
  ['kept for family, es', 'Mi WhatsApp es solo para la familia, aquí le mando el catálogo.'],
];
const leaks: Array<[string, string]> = [
  ['added before, waved after', 'add me on Skype, nah not here'],
  ['waved, then an account anyway', 'Skype? nah not here, add me: @hengda_88'],
  ['waved, then another app', 'Line? nope. Add me on WhatsApp instead'],
  ['a real ask, no need to rush', 'Do you have Viber? no need to rush, reply when free'],
  ['a real ask, no worries', 'Your Telegram? no worries, send it when free'],
  ['a real ask, zh', '您有 Line 吗？没有的话微信也行，发我一下'],
];

describe('an app waved away in casual words or kept for family is declined', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

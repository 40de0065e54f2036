import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A code's capital letters joined to its digits by a hyphen are the code's own, even when they read like an app's
// short name (WA, WX, VX, TG): with no other contact word before the code and digits that make no whole mobile
// number, the code is no phone, and letters said to abbreviate a (quoted) word are no app. A whole mobile behind
// the letters, or a call instruction, is still a phone.
const passes: Array<[string, string]> = [
  ['en, a wall-adapter code', 'The WA-0613-220 wall adapter ships with a UK plug, 2 m cable.'],
  ['zh, a series code', '这款插头的型号是 WA-0915-118，欧规的那款'],
  ['es, a model code', 'El adaptador WA-0722-310 es la versión para enchufe europeo.'],
  ['de, a part code', 'Das Netzteil TG-0410-552 passt zu allen Modellen der Serie.'],
  ['zh, the letters explained in quotes', '货号 VX-0930 里的 VX 是“真空”两个字的拼音缩写，不是别的意思'],
  ['en, the letters explained in quotes', "Our WX-88 line: WX is short for 'wireless', nothing else."],
];
const leaks: Array<[string, string]> = [
  ['a whole Indonesian mobile behind the letters', 'WA-0813 2233 4455 ya kak'],
  ['a whole Chinese mobile behind the letters', 'WX-139-1234-5678'],
  ['a call instruction after the code', 'WA-0613-220 is my number, whatsapp me'],
  ['a contact word before the code', 'My WhatsApp: WA-0613-220'],
];

describe('a model code whose letters spell an app is a code, not a phone', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A part number quoted beside the maker it belongs to (vehicle, machine or parts brand, before it or in brackets after
// it) is that maker's code, whatever digit groups it has: Toyota's 5-5 shape is also an Indian mobile's. So are digits
// after a code's digit-led letters ("8FK 351 …") or one capital and a hyphen ("F-150"), and codes joined by a slash
// under a code label. A code named after "is our …" ("is our order number") stays a code; a number claimed after it
// for someone on the rep's side ("is our Lima colleague's mobile", "是我们…同事的手机") is the rep's, even after a buyer word.
const passes: Array<[string, string]> = [
  ['en, a 5-5 number with its maker in brackets', 'Radiator cap 16401-0C030 (Toyota), same as the old one, 300 pcs in stock.'],
  ['en, a parts brand before the number', 'It cross-references to Bosch 0 451 103 316 and Mahle OC 47.'],
  ['en, digit-led code letters before the digits', 'The expansion valve is Hella 8UW 351 234-421, fits the Audi A4.'],
  ['en, one capital and a hyphen, then model years', 'This grille fits the Ford F-250 2017-2022 and the Super Duty.'],
  ['en, two codes joined by a slash under an OEM label', 'Genuine OEM ref 5801415503 / 58014-15503 (Iveco), 40 pcs.'],
  ['zh, a maker named in brackets after the number', '节温器对应 90916-03129（丰田），现货 500 个。'],
  ['en, a purchase order named after the number', 'Reference 4700089123 is our purchase order number, please quote on it.'],
  ['en, a lot named after the number', 'Lot 2304180077, it is our batch number for the May run.'],
];
const leaks: Array<[string, string]> = [
  ['en, a number claimed for a colleague after a buyer word', "Peru customers: (01) 432-7788 is our Lima colleague's mobile, Spanish spoken"],
  ['zh, the same in Chinese', '智利客户：(2) 2345 6789 是我们圣地亚哥同事的电话，可以说西语'],
  ['a brand before a number the rep says to call', 'Toyota parts hotline 0803 555 1234, call me there'],
  ['a whole mobile after a code label with a call instruction', 'Part no. 13812345678, also my WA'],
];

describe("a maker's part number beside its brand is a code, and a number claimed for the rep's side is theirs", () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

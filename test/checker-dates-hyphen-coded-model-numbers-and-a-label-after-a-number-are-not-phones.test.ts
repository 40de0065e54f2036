import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A date typed as one ("2023-09-21") is no phone number even after a place name and a colon; a code whose capital
// letters are joined to it by a hyphen ("HX-139-2288-4417") is the code's, also when the letters spell an app
// ("VX-2021-0712" after 产品编号); a label right after a number ("… are our lot number", "是我们的生产批号") names it.
// A number the same text tells the buyer to call, or labelled as a phone, is still a phone.
const passes: Array<[string, string]> = [
  ['a date after a port name', 'The goods left Ningbo on 2023-08-14 and the ETA Hamburg: 2023-09-21, the B/L will follow.'],
  ['a date after a city and a colon', 'The goods arrive in Vladivostok: 2023-09-21 (ETA).'],
  ['model codes listed under a heading', '请确认以下货号：\nHX-139-2288-4417 不锈钢水槽 单槽\nHX-139-2288-4420 不锈钢水槽 双槽'],
  ['part numbers in English', 'Our part number is WA-1380-2214 for the 12V version and WA-1380-2215 for 24V.'],
  ['an app-like series prefix after a label', '产品编号 VX-2021-0712，这个VX是我们真空系列的缩写。'],
  ['a lot number named after the digits', 'The digits on the carton, 138 2207 6654, are our lot number for tracing the production line.'],
  ['a production batch named after the digits', '箱子上那串 186 3321 0954 是我们的生产批号，方便追溯。'],
];
const leaks: Array<[string, string]> = [
  ['a coded number the rep says to add', 'HX-139-2288-4417 这个号码加我微信'],
  ['a phone word before the digits', 'Tel-13822076654'],
  ['a batch label, then call this number', '13822076654 is our batch code, but call me on this number anytime'],
  ['a call verb before a batch line', 'Call me on 138-2207-6654, it\'s my batch line'],
];

describe('dates, hyphen-coded model numbers and a label after a number are not phones', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

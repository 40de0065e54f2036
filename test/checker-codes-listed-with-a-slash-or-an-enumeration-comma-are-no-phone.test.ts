import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Codes side by side in a list, joined by a slash or an enumeration comma and the list going on past them, or three codes
// of one length, only look like a market's mobile grouping. A number with a call word, or grouped unevenly, stays one.
describe('codes listed with a slash or an enumeration comma are no phone', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['slash list going on past the number', 'HB3/HB4 also sold as 9005/9006/H10, 5000K white, pair packed'],
      ['enumeration comma list going on past the number', '9005、9006、H8 三款都是 5000K 白光，成对包装'],
      ['three codes of one length', 'Replacement cartridges 8805/8806/8807 in stock'],
    ],
    [
      ['a call word before it', 'Call me 9005 9006'],
      ['unevenly grouped with slashes', '0812/345/678'],
      ['a Chinese mobile split by enumeration commas', '138、1234、5678'],
    ],
  );
});

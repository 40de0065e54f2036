import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Two numbers of one length joined by a range word, the second a little above the first, are the ends of a numbered
// series (cartons, serials, a packing list), whatever they look like and whatever word stands before them ("line 2"
// reads like the Line app). Nobody gives a phone number as a range. A call told right after still makes one a phone,
// and two unrelated numbers, or numbers joined by "or", stay phones.
const passes: Array<[string, string]> = [
  ['carton range, en', 'Pallet B, line 3: carton marks 0398-221-450 through 0398-221-519, 70 cartons.'],
  ['serial range, en', 'Units in this lot carry serials 0917 552 300 to 0917 552 399.'],
  ['carton range, zh', '第二托盘：0755-8812-3401 到 0755-8812-3460，共 60 箱。'],
  ['serial range, zh', '这批机器序列号从 138 2201 0050 至 138 2201 0149，共一百台。'],
  ['carton range, es', 'Cajas numeradas 0412 558 907 a 0412 559 006, 100 en total.'],
  ['carton range, de', 'Kartons 0171 223 3001 bis 0171 223 3040 sind schon verpackt.'],
];
const leaks: Array<[string, string]> = [
  ['a range end told to call', 'Cartons 0398 221 450 to 0398 221 519; if any is missing call me on 0398 221 450 directly.'],
  ['two phones joined by or', 'Line: 0412 558 907 or 0412 559 006, call me any time.'],
  ['a mobile then a range word', '加我微信 13912345678 到时候发你视频'],
  ['a far second number is no range', 'My numbers: 0412 558 907 to 0499 221 006, WhatsApp either.'],
];

describe('the two ends of a numbered carton or serial range are no phone', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

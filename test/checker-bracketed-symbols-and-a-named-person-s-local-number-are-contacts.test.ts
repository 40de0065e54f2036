import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Two disguises of a contact. (1) An address whose "@" and "." are themselves put in brackets ("li.na [@] brand [.] net",
// "{@}", "【@】"): the email recognizer read spelled words in brackets ("(at)", "[dot]") but not the symbols. (2) A
// person the buyer is told to reach by name right before a local number ("Brazil 的 order 找 Rafael，(11) 91234-5678",
// "for the Kenya order ask for Wanjiru, 0712 …"): an order or price word earlier in the clause labelled the number as a
// code and dropped it. Now the person reached (phone.ts PERSON_REACHED) makes the number theirs. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('bracketed symbols and a named person’s local number are contacts', () => {
  it('leaks', () => {
    for (const t of [
      'price list → li.na [@] orient-valves [.] net, write there',
      'specs: marco{@}tilesource{.}it',
      '图纸发 zhanghui【@】hxmold【.】cn 就行',
      'Brazil 的 order 找 Rafael，(11) 91234-5678，他在 São Paulo',
      'For the Kenya order pricing ask for Wanjiru, 0712 345 678, she is in Nairobi',
      'Egypt order 问 Ahmed：0100 762 3341',
    ])
      expect(verdict(t), t).toBe('block');
  });

  it('prices, quantities and order numbers stay clean', () => {
    for (const t of [
      'Price [@] 5 usd per set, MOQ 200 sets',
      'Order for Ahmed, 0100 762 3341 pcs of M8 bolts shipped',
      '订单 2215887733 已付款确认，下周一安排出货',
    ])
      expect(verdict(t), t).toBe('pass');
  });
});

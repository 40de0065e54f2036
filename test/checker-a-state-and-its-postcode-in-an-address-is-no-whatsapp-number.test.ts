import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// "WA" is WhatsApp's short name and Western Australia's: before a four-digit postcode in an address it is the state
// (rules/detection/phone.yaml shortNotAfter). A WhatsApp number after "WA" still blocks, and so does a short number
// after a call verb. Round 37's writer shipped to Perth twice; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a state and its postcode in an address is no WhatsApp number', () => {
  it('passes', () => {
    for (const t of ['Door delivery to Joondalup, WA 6027 takes about 3 weeks by sea', '货到 Bunbury WA 6230 的运费已经包含在报价里了', 'Unit 4, 18 Hay St WA 6005, the port agent handles customs'])
      expect(verdict(t), t).toBe('pass');
  });

  it('a WhatsApp number after WA, or a short number after a call verb, still blocks', () => {
    for (const t of ['WA me on 0412 338 907 for the price list', 'Perth office, WA: 0412 338 907', 'ring me at 7290 after 6pm'])
      expect(verdict(t), t).toBe('block');
  });
});

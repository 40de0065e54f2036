import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). A merchant asks whether they may put the price up, or
// add a charge, when a buyer wants Trade Assurance, often "to cover the fee": the rule on refusing Trade Assurance names
// exactly that (有条件…要求买家额外承担交易费用，提高单价，增加运费), so the answer is a no from that line, not "the
// briefing states no fee" (the fee to recoup is a purpose, the charge on the buyer is the act the line rules on).
const faq = createPolicyFaq({ llm: null });

describe('raising the price or adding a charge when a buyer wants Trade Assurance', () => {
  it.each([
    'If a buyer picks Trade Assurance, may we hike the unit price a little to offset the fees?',
    'Our boss wants to put the price up when a buyer insists on Trade Assurance, to recoup costs. Is that ok?',
    'can we add a small surcharge for buyers who choose trade assurance?',
    '买家要走信保，我们把单价调高一点弥补手续费，可以吗？',
  ])('is answered no from the conditional-refusal rule: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^(No|不)/);
    expect(a.answer).toMatch(/提高单价/);
  });

  it('still treats "how much does it cost" as asking a price', () => {
    const a = faq.askLocal('how much does it cost to open the global collection account?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/0开户费|0 opening fee/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The live-hiring offer names its audience (industry SKA and Verified Suppliers) and their price (0 yuan, list price 1500).
// "We're only 出口通, not Gold: can we pay the list price to join?" asks whether someone outside the audience may buy in,
// which the briefing never says; it was answered from the price line ("No. The briefing states 0 yuan"). And English chat
// denies 金品 as "non-Gold" / "not a Gold merchant", which was read as no denial, so "can a non-Gold merchant join?" got
// "Yes." where its Chinese twin got 不可以.
const faq = createPolicyFaq({ llm: null });

describe('an outsider offering to pay the list price is declined, and non-Gold denies Gold', () => {
  it('buying in from outside the audience is not stated, in either language', () => {
    for (const q of [
      "We only hold 出口通, we're not Gold. Could we pay the original price ourselves to get the Zhaopin live hiring?",
      '非金品的出口通商家，自费1500元能报名直播带岗吗？',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.unstated, q).toBe('ask:buy-in');
    }
  });

  it('the price asked by a member is still answered', () => {
    const a = faq.askLocal('Do Gold members still pay 1500 for the live hiring?');
    expect(a.declined).toBe(false);
  });

  it('"non-Gold" and "not a Gold merchant" deny the Verified Supplier group', () => {
    for (const q of ['Is a non-Gold merchant allowed to sign up for the live hiring event?', "We're not a Gold merchant, can we join the live recruiting?"]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/^No\b/);
    }
    expect(faq.askLocal('We are a Gold merchant, can we join the live recruiting?').answer).toMatch(/^Yes\b/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "Is the fee-free threshold in RMB?" proposes the currency of an amount the briefing states ("月度合计30万美金"): the
// line's currency decides it. Read as "is it free?", the 0-fee line answered "yes". Likewise "does the list show full
// names?" against names the list masks ("上海****有限公司"). Wordings written for this test.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('the currency an amount is in is read off the line stating it', () => {
  it('a currency other than the stated one is a no, naming the stated one', () => {
    const a = faq.askLocal('Is the 300k monthly waiver limit counted in RMB?').answer;
    expect(a).toMatch(/^No\b/);
    expect(a.split('\n').slice(0, 2).join(' ')).toMatch(/USD|美金/);
  });

  it('near miss: the stated currency is a yes, and receiving a currency is still a list question', () => {
    expect(lead('Is the monthly fee-free threshold denominated in USD?')).toMatch(/^Yes\b/);
    expect(lead('Can the global account receive CAD?')).toMatch(/^Yes\b/);
  });

  it('a list that masks names does not show them in full', () => {
    expect(lead('Does the published violator list show full merchant names?')).toMatch(/^No\b/);
  });
});

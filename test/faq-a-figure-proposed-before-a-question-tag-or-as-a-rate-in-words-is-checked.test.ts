import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "includes 10 reports, right?": the tag ("right?", "对吧") asks about the clause before it, which holds the figure the
// asker proposes; "千分之三" is 0.3% and "5份" counts items, as "0.3%" and "5个" do. The figure was not found, so the
// line's stance answered "Yes." whatever the figure.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a figure proposed before a question tag, or as a rate in words, is checked against the line', () => {
  it('a figure before a tag', () => {
    expect(lead('The SGS verification package covers 8 reports, correct?')).toMatch(/^No\b.*5/);
    expect(lead('SGS报告验真套餐是10份报告，对吧？')).toMatch(/^不.*5/);
  });

  it('a rate in words', () => {
    expect(lead('境内对公提现的手续费是千分之三吗？')).toMatch(/^不是.*0\.125%/);
    expect(lead('法人提现手续费是千分之三吗？')).toMatch(/^(是|对)/);
  });
});

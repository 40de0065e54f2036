import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "my manager claims the corporate fee is 0.3%. true?", "听人说对公提现费率是0.3%，对吗？": a claim stated first and asked
// with a tag after it ("true?", "accurate?", "right?", "对吗"). The tag asks of the clause before it, which proposes the
// figure. "true?" was no yes/no ask, and the closed-list reading took the tag's clause for the asking one, found no
// figure there and answered whether the corporate account is listed ("Yes."), whatever the figure.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a claim stated then tagged "true?", "right?" or 对吗 is checked against the stated figure', () => {
  it('a wrong figure gets no and the stated one, in either language', () => {
    expect(lead('my manager claims the corporate withdrawal fee is 0.3%. true?')).toMatch(/^No\b.*0\.125%/);
    expect(lead('heard that withdrawing to the company account costs 0.3% — accurate?')).toMatch(/^No\b.*0\.125%/);
    expect(lead('the domestic corporate withdrawal fee is 0.3%, right?')).toMatch(/^No\b.*0\.125%/);
    expect(lead('听人说对公提现费率是0.3%，对吗？')).toMatch(/^不.*0\.125%/);
    expect(lead('somebody on my team says newcomers get 45 days for the newbie tasks now. true?')).toMatch(/^No\b.*30/);
  });

  it('the stated figure gets yes', () => {
    expect(lead('a friend says the legal-rep withdrawal fee is 0.3% — true?')).toMatch(/^Yes\b/);
    expect(lead('法人提现的费率是0.3%，是真的吗？')).toMatch(/^(是|对)/);
  });
});

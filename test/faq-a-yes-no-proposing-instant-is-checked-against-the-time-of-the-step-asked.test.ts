import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('"is it instant?" is read against the time of the step asked, not the line of another step that is instant', () => {
  it('company verification takes 1-2 working days; opening the receiving account is instant', () => {
    expect(lead('Is enterprise verification instant?')).toMatch(/^No\b.*1-2 working days/);
    expect(lead('企业认证 是 instant 的吗，马上就能过？')).toMatch(/^不.*1-2/);
    expect(lead('Is opening the receiving account instant?')).toMatch(/^Yes\b/);
  });

  it('a count of working days the asker proposes is still compared by its figure', () => {
    expect(lead('Does local TT collection take 1-5 working days just like the global account?')).toMatch(/^No\b/);
  });
});

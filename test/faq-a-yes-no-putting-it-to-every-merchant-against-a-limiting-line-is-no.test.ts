import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => faq.askLocal(q).answer;

describe('a yes/no putting something to every merchant', () => {
  it('is a no, quoting the limit, where a line of the topic limits who ("1星及以上")', () => {
    expect(answer('SNS智能分享5月初是所有商家都能用吗？')).toMatch(/^不.*1星及以上/);
    expect(answer('Can every merchant use SNS smart sharing in early May?')).toMatch(/^No\b[\s\S]*1 ?星|^No\b[\s\S]*1[- ]star/);
  });

  it('keeps its usual answer where no line limits who', () => {
    expect(answer('Do all merchants have to fix violations within 7 days?')).toMatch(/^Yes\b/);
    expect(answer('所有商家都要完成新手任务吗？')).toMatch(/^需要/);
  });
});

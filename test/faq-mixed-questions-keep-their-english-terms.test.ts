import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// A Chinese question with English product words ("auto reply", "whatsapp ID") is the same question as its all-Chinese
// wording: the English words map to the briefing's terms through the glossary, and "会被判吗" asks about a violation
// like "会被罚吗".
describe('mixed Chinese-English questions', () => {
  it('answers whether a messenger ID in an auto reply is a violation', () => {
    const a = faq.askLocal('auto reply 里留 whatsapp ID 会被判吗');
    expect(a.declined).toBe(false);
    expect(a.answer.startsWith('会')).toBe(true);
    expect(a.answer).toContain('自动回复');
  });

  it('answers how long a wire takes to arrive in the global account, asked colloquially', () => {
    const a = faq.askLocal('海外客户电汇到全球账户要几天能进来？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('1-5');
  });
});

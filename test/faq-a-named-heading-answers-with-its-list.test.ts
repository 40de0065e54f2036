import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a question that names a short heading is answered by the list under it', () => {
  it('quotes the items under the named value, not the neighbouring values\' items', () => {
    const a = faq.askLocal('Pay 的“省钱”具体指哪几点？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.125%');
    expect(a.answer).toContain('拒绝汇损');
    // the next heading's list (快捷) is not what was asked
    expect(a.answer).not.toContain('1-2个工作日内完成开户');
  });

  it('finds the heading by a glossary term in another language ("secure" for 安全)', () => {
    const a = faq.askLocal('In what ways is Alibaba.com Pay secure according to the slides?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('外管');
    expect(a.answer).toContain('AI');
  });

  it('"哪几点" asks which points, not what time of day', () => {
    const a = faq.askLocal('Pay说的“智能”体现在哪几点');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('GPI');
  });

  it('a heading over an example table names the subject, not the answer', () => {
    const a = faq.askLocal('which rule document do the false price penalties come from?');
    expect(a.answer).toContain('滥发');
  });

  it('still declines an unrelated question that shares one word with a heading', () => {
    expect(faq.askLocal('Can you ship my goods to Mars?').declined).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a repeat of false product information is answered by its own consequences, not the off-platform points ladder', () => {
  it('a named merchant whose fake prices come back (English)', () => {
    const a = faq.askLocal('Our store was on the list for bogus pricing. If the same thing happens a second time after we fix it, what is the consequence?');
    expect(a.declined).toBe(false);
    expect(a.answer).not.toMatch(/^2nd offence/);
    expect(a.answer).toMatch(/delet|删除/);
  });

  it('a second false-MOQ offence (Chinese)', () => {
    const a = faq.askLocal('虚假起订量又被查到第二次了，会怎么处理');
    expect(a.declined).toBe(false);
    expect(a.answer).not.toMatch(/^第2次：扣3分/);
    expect(a.answer).toContain('删除');
  });

  it('a second off-platform offence still gets its step of the ladder', () => {
    expect(faq.askLocal('业务员第二次发whatsapp给买家，扣几分').answer).toMatch(/^第2次：扣3分/);
  });
});

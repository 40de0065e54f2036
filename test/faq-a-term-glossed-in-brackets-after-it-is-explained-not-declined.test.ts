import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * "What does X mean?" is declined when the topic only names X (rules/ask/asks.yaml `meaning`). A line glossing the term
 * in brackets right after it, "滥用SKU设置功能（如以非常规方式设置规格、数量、单位、邮费等信息…）", explains it as much as
 * "是指" does: the question is answered with that line. A term only listed in a table ("标杆走访") is still declined.
 */
const faq = createPolicyFaq({ llm: null });

describe('a term asked for its meaning', () => {
  it('is answered from a line glossing it in brackets, in either language', () => {
    const en = faq.askLocal("In the false-price rule, what does 'abusing SKU settings' mean?");
    expect(en.declined).toBe(false);
    expect(en.answer).toMatch(/unusual ways|非常规方式/);
    const zh = faq.askLocal('规则里说的滥用SKU设置功能具体指什么？');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toContain('非常规方式');
  });

  it('is still declined when the topic only names it in a table', () => {
    expect(faq.askLocal("What does '标杆走访' mean?").declined).toBe(true);
  });
});

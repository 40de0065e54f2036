import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// "预计5月初全量上线" is an estimate; the same topic states the day ("上线日期：2022年5月1日"), which answers "when".
describe('a "when" answer leads with the stated day, not an estimate, when the topic holds one (LLM off)', () => {
  it('leads with 1 May 2022 for the new newcomer tasks', () => {
    for (const q of ['When do the new newcomer tasks go live?', 'when does the new growth guide version go live']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer.split('\n')[0], q).toMatch(/1 May 2022|May 1, 2022|2022年5月1日/);
    }
  });

  it('keeps the estimate when the topic states no day', () => {
    expect(faq.askLocal('When is the second violator list published?').answer.split('\n')[0]).toMatch(/late May/i);
    expect(faq.askLocal('第二批严重违规名单什么时候公示').answer).toContain('5月下旬');
  });
});

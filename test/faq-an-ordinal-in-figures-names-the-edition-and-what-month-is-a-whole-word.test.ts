import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('how an English question writes an ordinal or a time word does not change what it asks', () => {
  it('"2nd batch" asks of the second batch, as "second batch" and 第2批 do', () => {
    for (const q of ['When will the 2nd batch of the serious violation list be published?', 'When is the 2nd list out?', "When's the 2nd batch of the serious-violation list coming out?", '第2批名单什么时候公示']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer.split('\n')[0], q).toMatch(/late May|5月下旬/);
    }
    // (the day is still not stated)
    expect(faq.askLocal('which exact day in May will the 2nd violation list be published?').declined).toBe(true);
  });

  it('"what monthly total" asks an amount, not a month', () => {
    for (const q of ['Above what monthly total are withdrawal fees waived?', 'What monthly amount makes withdrawals free of fees?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/300,000|30万/);
    }
    expect(faq.askLocal('In what month will the second list be published?').answer.split('\n')[0]).toMatch(/late May/);
  });
});

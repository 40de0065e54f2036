import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "优先看哪类产品", "重点看哪些", "先查哪些" ask which come first: the topic's line that singles some out ("尤其是高曝光产品")
// leads, when the best line found singles none out.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};

describe('a question asking what comes first is answered by the line singling some out', () => {
  it('the self-check names high-exposure products first', () => {
    for (const q of ['日常自查全店的时候，优先看哪类产品？', '自查全店产品时重点看哪些', '收到预警邮件后先查哪些产品']) {
      expect(answer(q).split('\n')[0]).toContain('高曝光');
    }
  });
});

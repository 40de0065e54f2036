import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// A figure's lead is the clause around the figure, cut from the line's English rendering. A clause from the middle of a
// line ("…, and fix violations within 7 days") opened the answer with its joining word and a small letter; it now opens
// as a sentence of its own, and the figure stays in it.
describe('an English answer led by the clause around a figure', () => {
  it('drops the joining word the clause had in its line and opens with a capital', () => {
    for (const q of ['Our shop is on the April violator list. Within how many days must the listings be corrected?', 'how many days do named merchants get to correct their products?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      const lead = a.answer.split('\n')[0]!;
      expect(lead, q).toMatch(/7 days/);
      expect(lead, q).not.toMatch(/^(and|or|but|then|so)\b/i);
      expect(lead, q).toMatch(/^[^a-z]/);
    }
  });

  it('leaves a Chinese lead as the line writes it', () => {
    const a = faq.askLocal('被公示的商家要在几天内改好产品？');
    expect(a.declined).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/7天/);
  });
});

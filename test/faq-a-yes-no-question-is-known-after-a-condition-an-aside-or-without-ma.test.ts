import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no question is recognised whatever comes before or inside it', () => {
  it('an inverted auxiliary after an "if" clause asks yes or no', () => {
    expect(lead('If our newcomer tasks are all done only on day 60, can the star evaluation still begin?')).toMatch(/^Yes\b/);
  });

  it('a "when" clause before "should" is a condition, not a when-question', () => {
    expect(lead('When binding Facebook again, should we stay logged in to LinkedIn?')).toMatch(/^(Yes|No)\b/);
  });

  it('an abbreviation inside the question ("e.g.") does not end the sentence that asks', () => {
    expect(lead('Is it fine to add a SKU in a strange unit (e.g. per gram) only so the price range starts low?')).toMatch(/^No\b/);
  });

  it('"这也算？" asks whether it counts, without a 吗', () => {
    expect(lead('我就是想让买家加个whatsapp看看实物视频，这也算？')).toMatch(/^是的/);
  });
});

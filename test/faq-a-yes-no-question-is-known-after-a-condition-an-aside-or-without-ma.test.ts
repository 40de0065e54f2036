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
  it('a negative question ("Doesn\'t ...") is still a yes/no question, answered by whether the thing holds', () => {
    expect(lead("Doesn't the global collection account take Swiss francs?")).toMatch(/^No\b/);
  });

  it('a tag at the end ("that\'s fine, right?") asks for a permission', () => {
    expect(lead("A WeChat ID in my email signature, that's fine, right?")).toMatch(/^No\b/);
  });

  it('a one-word question after a statement ("Acceptable?") asks yes or no', () => {
    expect(lead('We add a bit to the unit price when a buyer insists on Trade Assurance. Acceptable?')).toMatch(/^No\b/);
  });

  it('a "what if" condition before "is that against the rules" is no what-question', () => {
    expect(lead('What if I put my Skype in the RFQ reply, is that against the rules')).toMatch(/^Yes\b/);
  });

  it('a yes/no clause after a dash is asked, and "counted as" asks whether it is a violation', () => {
    expect(lead('Our auto-reply tells buyers to message our WhatsApp — is that counted as steering off-platform?')).toMatch(/^Yes\b/);
  });
});

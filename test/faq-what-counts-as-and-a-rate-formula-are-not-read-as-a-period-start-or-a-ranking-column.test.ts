import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "when does X count as Y" asks for a condition and "when does the rollout start" for a date: neither asks where a
// stated period starts counting. And a header word of a ranking table ("conversion") inside "conversion rate" asks
// for the formula, not for that table's column.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);

describe('what counts as something, and a rate formula, are answered from their own lines', () => {
  it('"when does a video count as a quality video" is answered, not declined as a period start', () => {
    const a = ask("When does a video count as a 'quality video' in FollowMe?");
    expect(a.answer).not.toMatch(/starts counting/);
  });

  it('a question about where the 14 days start counting is still declined where no start is stated', () => {
    const a = ask('When does the 14-day rectification period start counting, from the email or from the listing date?');
    expect(a.answer).toMatch(/starts counting|开始算|起算/);
  });

  it('"conversion rate by the formula" is not answered with a cell of the conversion ranking table', () => {
    const a = ask("One of our videos had 4,000 viewers and 260 people went into the product page. What's its conversion rate by the FollowMe formula?");
    expect(a.answer).not.toMatch(/^转化榜/);
  });
});

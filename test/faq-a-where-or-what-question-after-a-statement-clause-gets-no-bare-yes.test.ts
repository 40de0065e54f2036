import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * An English question whose asking clause opens with a question word after a statement of the asker's own ("I missed
 * the live, where can I watch the replay?", "we got named last week, what should we fix first?") asks where or what,
 * although its auxiliary is inverted: the answer does not lead with a bare "Yes." A question clause before it ("Can I
 * join, and ...?") still asks yes or no.
 */
const faq = createPolicyFaq({ llm: null });

describe('a wh-question after a statement clause', () => {
  it('gets no bare yes or no lead', () => {
    for (const q of [
      'I missed the 28 April live, where can I watch the replay?',
      'Our boss could not attend the briefing, where do we get the slides?',
      'We got named on the list last week, what should we check first?',
    ]) {
      const a = faq.askLocal(q);
      expect(a.answer, q).not.toMatch(/^(?:Yes|No)\b/);
    }
  });

  it('after a question clause still asks yes or no', () => {
    const a = faq.askLocal('Can a merchant in Guizhou sign up for live recruiting, or is it only some provinces?');
    expect(a.answer).toMatch(/^(?:Yes|No)\b/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "Fine or not?", "are we safe?" put the act the asker describes to the rule: a permission asked as a tag. Read as a
// question of fact, a line listing the violation answered "yes". And "the buyer asked for our number, we answered"
// is the buyer's own initiative, which the briefing's FAQ exempts. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no tag on an act asks whether it is allowed', () => {
  it('steering the buyer to a messenger, asked with a tag, is a no', () => {
    expect(lead('Our rep put his WeChat ID in the inquiry reply. Fine or not?')).toMatch(/^No\b/);
  });

  it('the buyer asked for the number first: we are safe', () => {
    expect(lead('The buyer requested our phone number, and we gave it. Are we safe?')).toMatch(/^Yes\b/);
  });
});

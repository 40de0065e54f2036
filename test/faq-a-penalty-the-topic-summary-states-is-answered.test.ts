import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { createJobClassifier } from '../src/routing/index.js';

/**
 * The penalty of a rule may sit only in its section's summary, shown with the answer ("首次警告；再次扣3分/次"), while the
 * lines picked to answer name the act (a contact detail in a signature). A penalty question on that rule is answered,
 * not declined as "the briefing does not state a penalty". The router's quoted-draft fallback asks exactly such a
 * question ("这样会不会违规" + a draft gets the off-platform rule), so it must stay answered.
 */
const faq = createPolicyFaq({ llm: null });

describe('a penalty stated by the summary of the section answering', () => {
  it('is answered in Chinese and English', () => {
    const zh = faq.askLocal('留自己的手机号给买家，平台会怎么处罚？');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toMatch(/扣3分/);
    // (the lines picked are the examples of the act; the topic's penalty section states the ladder)
    const en = faq.askLocal('What is the penalty for giving a buyer my phone number so we can talk off the platform?');
    expect(en.declined).toBe(false);
    expect(en.sources.some((id) => id.startsWith('offplatform.'))).toBe(true);
  });

  it("the router's fallback question for a quoted draft is answered with the rule, in both languages", () => {
    const { zh, en } = createJobClassifier().rules.quotedDraftQuestion;
    for (const q of [zh, en]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/扣3分|3 points/);
    }
  });

  it('a penalty for an act whose topic sets none is still declined', () => {
    const a = faq.askLocal("What's the punishment for a newcomer who skips the showcase task?");
    expect(a.declined).toBe(true);
    expect(a.unstated).toBe('detail:penalty');
  });
});

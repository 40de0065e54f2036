import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// An edition the briefing does not describe is declined when named in Chinese ("第四期话题招稿"); in English it was
// read as a period only in words ("fourth") before season/round/edition/batch/period/phase, so "the 4th round" or "the
// fourth topic call" (the briefing's own English for 期) was answered with the third call's dates. Wordings written for
// this test.
const faq = createPolicyFaq({ llm: null });

describe('an English ordinal edition, in figures or named a call, is a period the briefing does not cover', () => {
  it('a later edition is declined in English and Chinese', () => {
    for (const q of ['when does the fourth FollowMe topic call open?', 'When is the 5th round of FollowMe submissions?', 'FollowMe第四期话题招稿什么时候开始？']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });

  it("the briefing's own third call is answered, in words or figures", () => {
    for (const q of ['When is the third FollowMe topic call?', "when's the FollowMe 3rd topic call deadline?", '第三期话题招稿截止是哪天？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/13 May|5月13日/);
    }
  });
});

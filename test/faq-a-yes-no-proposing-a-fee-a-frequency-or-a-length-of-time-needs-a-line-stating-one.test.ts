import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a yes/no proposing a figure of a type is answered only by lines holding a figure of that type', () => {
  it('declines a proposed fee, frequency or period the lines do not state, in both languages', () => {
    for (const q of [
      'Is there a sign-up fee for the FollowMe video challenge?',
      'FollowMe 挑战赛报名要交报名费吗？',
      'Is the list of serious violators republished every week?',
      '严重违规商家名单是每周更新吗？',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/没有说明|does not state/);
    }
  });

  it('still answers when a quoted line states a figure of that type', () => {
    const fee = faq.askLocal('开全球收款账户需要交开户费吗');
    expect(fee.declined).toBe(false);
    expect(fee.answer).toMatch(/^不需要/);
    const period = faq.askLocal('待整改的产品是要在14天内整改吗');
    expect(period.declined).toBe(false);
    expect(period.answer).toContain('14');
  });

  it('a figure told in the story, not in the clause that asks, proposes nothing', () => {
    const a = faq.askLocal('买家要求走信保，业务员说那要多收5%的手续费，这样算违规吗？');
    expect(a.declined).toBe(false);
  });
});

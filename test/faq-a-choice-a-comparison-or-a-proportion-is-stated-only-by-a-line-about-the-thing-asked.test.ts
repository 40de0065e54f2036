import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a choice, a comparison or a proportion is stated only by a line about the thing asked', () => {
  it('a side of a choice held by a line about another subject states nothing of the asked one', () => {
    // "working days" is stated of Pay's collection time, not of the rectification window
    for (const q of ['Does the 14-day rectification window count calendar days or working days?', '14天整改期按自然日还是工作日算？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/14/);
    }
    // a choice naming no term of the briefing besides its sides is still answered by the line stating both
    expect(faq.askLocal('which gets money in faster, global collection or local TT receiving').declined).toBe(false);
  });

  it('"higher or lower than X" is declined when no line near the answer names X', () => {
    for (const q of ['Is Pay\'s exchange rate higher or lower than the rate at our bank\'s counter?', 'Pay换汇的汇率跟中国银行牌价比是高还是低？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).toMatch(/透明汇率/);
    }
  });

  it('a proportion asked is not answered by a rate the briefing only names (the conversion rate)', () => {
    const a = faq.askLocal('FollowMe投稿的视频有没有画面比例要求，比如16:9？');
    expect(a.declined).toBe(true);
    // the rate is still the answer when it is what is asked
    expect(faq.askLocal('一条视频播放人数4000，进店进品人数300，转化率是多少？').answer).toMatch(/^7\.5%/);
  });
});

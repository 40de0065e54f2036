import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// The green-factory topic states two launch estimates: applying (预计5月中旬上线, under "如何申请") and the benefits
// (预计5月底全量上线). A question about when one can apply gets the applying date, even when the section ranking
// settles on the benefits section.
describe('a topic with dates for several events', () => {
  it('leads with the date of the event the question asks about', () => {
    for (const q of ['可持续发展工厂什么时候能申请', 'When can factories start applying for the green factory standard?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/5月中旬|mid-May/);
      expect(a.answer.split('\n')[0], q).not.toMatch(/5月底|end of May/);
    }
  });

  it('still gives the benefits date when the benefits are asked about', () => {
    const a = faq.askLocal('绿色工厂的权益什么时候上线？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('5月底');
  });
});

describe('a deadline asks for a day', () => {
  it('declines a sign-up deadline that the briefing only states as a span before the stream ("至少提前5天")', () => {
    expect(faq.askLocal('直播带岗活动的报名最迟到哪天截止？').declined).toBe(true);
    expect(faq.askLocal('When is the sign-up deadline for the Zhaopin live recruiting?').declined).toBe(true);
  });

  it('still answers the span when it is what is asked ("最晚提前几天")', () => {
    const a = faq.askLocal('直播带岗的素材最晚要提前几天提供？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('5天');
  });

  it('still counts back from a day the asker gives', () => {
    const a = faq.askLocal('If our live slot is on June 20, what is the latest day to send the materials?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/June 15|6月15日/);
  });
});

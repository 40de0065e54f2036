import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A plain yes/no (no question word) is answered yes or no, by comparing what it proposes with what the line states:
// a restriction ("只能…吗", "can we only…") no quoted line states, a length of time it compares ("more than", "以内")
// or gives in another unit, "any X will do" against a line that asks for a qualified X. A yes/no that some word of it
// also reads as a figure ask (working hours, a length) still leads with the verdict, then the figure.
const faq = createPolicyFaq({ llm: null });
const NO = /^(no|not|否|不|没有)/i;
const YES = /^(yes|是|是的|可以|能|会|对|需要)/i;

describe('a plain yes/no is answered yes or no by comparing with the line', () => {
  it('a restriction asked with 只能/only against a line stating around the clock is a no, with the figure', () => {
    const zh = faq.askLocal('Pay换汇只能在白天操作吗');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toMatch(NO);
    expect(zh.answer).not.toMatch(/^不能/);
    expect(zh.answer).toContain('7*24');
    const en = faq.askLocal('Can we only exchange currency during office hours with Pay?');
    expect(en.answer).toMatch(NO);
    expect(en.answer).toContain('7*24');
  });

  it('look-alike: a restriction the line does state stays yes', () => {
    expect(faq.askLocal('法人提现是不是只能提人民币？').answer).toMatch(YES);
  });

  it('a length compared with the stated one, across units', () => {
    const within = faq.askLocal('法人提现会在一天之内到账吗');
    expect(within.answer).toMatch(YES);
    expect(within.answer).toContain('4小时');
    const en = faq.askLocal('is account opening finished within 3 working days?');
    expect(en.answer).toMatch(YES);
    expect(en.answer).toContain('1-2 working days');
  });

  it('"any one will do" against a line asking for a qualified one is a no; the plain ask stays yes', () => {
    expect(faq.askLocal('新手任务里的视频，随意传一个就可以吗').answer).toMatch(NO);
    expect(faq.askLocal('can we post any video for the newbie video task?').answer).toMatch(NO);
    expect(faq.askLocal('新手任务要发视频吗').answer).toMatch(YES);
  });

  it('a length written in days ("由15日延长为30日") is no day: it does not answer "哪天"', () => {
    const a = faq.askLocal('新手任务调整哪天上线');
    expect(a.answer).not.toMatch(/^由15日延长为30日/);
  });
});

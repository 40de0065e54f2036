import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a figure asked in a short part of a compound question is about the whole question\'s subject', () => {
  it('"…几场？每场多久" is not answered by another topic\'s length of time', () => {
    for (const q of ['智联直播带岗一共播几场？每场多久', '直播带岗连播几场？每场直播多长时间']) {
      const a = faq.askLocal(q);
      // the number of streams is stated, the length of each is not: no other topic's period stands in for it
      expect(a.answer, q).not.toMatch(/工作日|working days/);
      expect(a.answer, q).toMatch(/没有说明具体时长/);
    }
  });

  it('asks for working hours are asks for a time of day', () => {
    const a = faq.askLocal("what's the Pay hotline's working hours?");
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/time of day or service hours/);
  });
});

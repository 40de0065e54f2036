import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findMonth } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });

describe('a month the briefing never names is not stated', () => {
  it('a thing asked of a month no line names is declined, not answered from another month\'s lines', () => {
    expect(faq.askLocal('被公示的商家还能报名9月采购节吗？').declined).toBe(true);
    expect(faq.askLocal('Is there a September session?').declined).toBe(true);
  });

  it('a month the briefing names, a part or a day of a month, a length in months, or the asker\'s own month is no such period', () => {
    expect(faq.askLocal('5月的新规对老商家有影响吗').declined).toBe(false);
    expect(findMonth('9月初会公示吗')).toBeNull();
    expect(findMonth('9月1日生效吗')).toBeNull();
    expect(findMonth('If the stream is on July 10, what is the latest date for the materials?')).toBeNull();
    expect(findMonth('is it on the 10th of July?')).toBeNull();
    expect(findMonth('服务开通3个月内要完成什么')).toBeNull();
    expect(findMonth('我们9月签的约，算新签吗')).toBeNull();
    expect(findMonth('报名9月采购节')).toBe(9);
  });
});

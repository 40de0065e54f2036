import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findAmounts, findYear } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });

describe('a year the briefing never names is not stated', () => {
  it('a rule, a fee or an event asked of another year is declined, not answered from the 2022 lines', () => {
    expect(faq.askLocal('How much was the corporate withdrawal fee back in 2019?').declined).toBe(true);
    expect(faq.askLocal('2020年的时候拉线下是怎么处罚的？').declined).toBe(true);
    expect(faq.askLocal('Did the March 2019 merchant session cover off-platform penalties?').declined).toBe(true);
  });

  it('a yes/no proposing that year for a thing a line dates to another year is a no', () => {
    const a = faq.askLocal('1+N团体标准是2019年对外发布的吗？');
    expect(a.declined).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/^不/);
  });

  it('a year the briefing names, or one that dates the asker\'s own doing, is no period to decline', () => {
    expect(faq.askLocal('欧盟计划从2023年开始做什么？').declined).toBe(false);
    expect(findYear('我们2019年签的CGS，一直没断')).toBeNull();
    expect(findYear('our first warning came in 2019, does it still count?')).toBeNull();
    expect(findYear('一条视频播放人数2000，转化率多少')).toBeNull();
  });

  it('a year is a time, not an amount to charge', () => {
    expect(findAmounts('the fee in 2021 on a withdrawal').length).toBe(0);
    expect(findAmounts('2021年提现2000美元').map((a) => a.value)).toEqual([2000]);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a length of time answers only the event named after the question word', () => {
  it('declines how long a review or a restoration takes when the line states only the rectification period', () => {
    const review = faq.askLocal('待整改的产品我们已经改完了，平台要多久审核通过？');
    expect(review.declined).toBe(true);
    expect(review.answer).toMatch(/简报没有说明/);
    const back = faq.askLocal('被0分下架的商品修改以后，大概多久可以解除？');
    expect(back.declined).toBe(true);
  });

  it('answers when the words after the question word are the line\'s own event, or only place the time ("之内")', () => {
    const within = faq.askLocal('诊断中心里待整改的产品，多久之内必须整改完？');
    expect(within.declined).toBe(false);
    expect(within.answer).toContain('14天');
    const arrive = faq.askLocal('对公提现一般多久到账？');
    expect(arrive.declined).toBe(false);
    expect(arrive.answer).toMatch(/4小时/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a date answers only the event named after "什么时候"', () => {
  it('declines when a launch is asked and the topic\'s only date is of another event (a tariff from 2023)', () => {
    const a = faq.askLocal('平台的碳足迹标签体系大概什么时候能上线呀？');
    expect(a.declined).toBe(true);
    expect(a.answer).not.toMatch(/2023/);
  });

  it('answers when the line dates the event asked (the green-factory benefits going live)', () => {
    const a = faq.askLocal('绿色工厂的那些权益什么时候上线？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/5月/);
  });

  it('answers "哪个月的…" where the words after the question word name what the month is of, not an event', () => {
    const a = faq.askLocal('外贸服务市场的RoHS检测优惠是哪个月的活动？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('六月');
  });
});

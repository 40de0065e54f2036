import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const firstLine = (s: string) => s.split('\n')[0]!;

describe('the direct answer states the fact, not only the line that holds it', () => {
  it('answers "how long" over a clock span with its length, in both languages, and keeps the span', () => {
    expect(firstLine(faq.askLocal('how long was the April briefing session?').answer)).toMatch(/^1 hour \(10:00-11:00\)/);
    expect(firstLine(faq.askLocal('4月商家场发布会开了多长时间？').answer)).toMatch(/^1小时（10:00-11:00）/);
  });

  it('gives an English eligibility verdict in the briefing\'s own wording as well', () => {
    const a = faq.askLocal('We are in Harbin, can we join the live recruiting?');
    expect(firstLine(a.answer)).toMatch(/^No\. Harbin is in Heilongjiang; Heilongjiang is not in the eligible regions \(黑龙江不在限定地区内\)/);
    const b = faq.askLocal('Our factory is in Xiamen. can we sign up for the live recruiting?');
    expect(firstLine(b.answer)).toMatch(/福建在限定地区内/);
  });
});

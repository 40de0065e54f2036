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

describe('membership verdicts name the item and the list in the briefing\'s terms', () => {
  it('says which asked item is or is not in a labelled list (支持币种), in the asker\'s language and the line\'s', () => {
    expect(firstLine(faq.askLocal('法人提现可以提美元吗').answer)).toMatch(/^不可以。美元不在支持币种内/);
    expect(firstLine(faq.askLocal("can we pay an overseas supplier in JPY using Pay's overseas payment?").answer)).toMatch(/^No\. JPY is not listed \(日元不在支持币种内\)/);
  });

  it('does not state a verdict for an item against a list of another kind (an account against the currencies)', () => {
    const lead = firstLine(faq.askLocal('对公提现能提人民币吗').answer);
    expect(lead).toMatch(/人民币在支持币种内/);
    expect(lead).not.toMatch(/对公账户在支持币种内/);
  });
});

describe('star-level thresholds', () => {
  it('states the asker\'s star level against the stated threshold and quotes the threshold line', () => {
    const a = faq.askLocal('我们是 3星 store, SNS 灰度 有没有我们?').answer;
    expect(firstLine(a)).toMatch(/3星在1星及以上范围内/);
    expect(a).toContain('1星及以上商家开始灰度');
  });

  it('a named star level ("2-star supplier", "4星商家") is within a stated "N星及以上", not an unstated period', () => {
    const en = faq.askLocal("We're a 2-star supplier. Will we get the Facebook sharing in the early May grayscale?");
    expect(en.declined).toBe(false);
    expect(firstLine(en.answer)).toMatch(/^Yes\b/);
    const zh = faq.askLocal('我们是4星商家能用SNS分享吗');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toContain('1星及以上');
  });

  it('lets the star threshold decide when the question also names a listed platform', () => {
    expect(firstLine(faq.askLocal('我们现在是0星，5月初能用上SNS绑定Facebook吗？').answer)).toMatch(/^不能。0星不在1星及以上范围内/);
  });
});

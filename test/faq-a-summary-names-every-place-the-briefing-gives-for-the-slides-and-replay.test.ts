import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * The briefing's cover gives two places for the slides and the replay: "国际站钉钉组织 获取课件及回放" and "外贸云课堂
 * (回放+课件)" at peixun.alibaba.com. A section summary that named only one answered "where do I get the replay" by
 * halves; both are in the summary (rules/policy/briefing.yaml), in both languages.
 */
const faq = createPolicyFaq({ llm: null });

describe('where the slides and the replay are', () => {
  it('an English question is told both the cloud classroom and the DingTalk organisation', () => {
    const a = faq.askLocal('Missed the 28 April live. Where are the replay and the slides?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/peixun\.alibaba\.com/);
    expect(a.answer).toMatch(/DingTalk|钉钉/);
  });

  it('a Chinese question is told both too', () => {
    const a = faq.askLocal('4月商家场的回放和课件去哪里拿？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/外贸云课堂|peixun/);
    expect(a.answer).toContain('钉钉');
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('"网址多少", "热线是多少" ask for the address or number itself', () => {
  it('answers with the line holding the web address, in Chinese and English', () => {
    const zh = faq.askLocal('课件回放那个云课堂网址多少？');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toContain('peixun.alibaba.com');
    const en = faq.askLocal('what is the website for the cloud classroom replays?');
    expect(en.declined).toBe(false);
    expect(en.answer).toContain('peixun.alibaba.com');
  });

  it('still answers a phone number asked the same way', () => {
    const a = faq.askLocal('Pay的咨询热线是多少？');
    expect(a.answer).toContain('400-655-2688');
  });
});

describe('a question offering two places the topic states both of', () => {
  it('quotes the line stating each side among the first lines', () => {
    const a = faq.askLocal('课件去哪下载，钉钉群还是外贸云课堂？');
    const first = a.answer.split('\n').slice(0, 3).join('\n');
    expect(first).toContain('钉钉');
    expect(first).toContain('云课堂');
  });
});

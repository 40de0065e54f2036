import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('an agenda item listed by its title only', () => {
  it('declines what the item contained, saying the briefing lists only its title', () => {
    const zh = faq.askLocal('4月商家提效工具速递都有哪些工具呢');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toContain('只列了它的标题');
    expect(zh.answer).toContain('「4月商家提效工具速递」');
  });

  it('still answers from an agenda line that states something itself (a channel, a link)', () => {
    const a = faq.askLocal('外贸云课堂有哪些学习渠道，电脑端还是手机');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('peixun.alibaba.com');
  });
});

describe('a line that only points elsewhere', () => {
  it('declines what the linked document lists, naming that the briefing only links it', () => {
    const a = faq.askLocal('语雀那份拉线下FAQ里具体写了哪些例外');
    expect(a.declined).toBe(true);
    expect(a.answer).toContain('只给了链接或二维码');
  });
});

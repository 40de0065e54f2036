import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { quotedSpans } from '../src/faq/quoted.js';

const faq = createPolicyFaq({ llm: null });

describe('words the asker puts in quotation marks are the briefing\'s own name for the thing asked', () => {
  it('finds the spans in Chinese and English quotation marks, not apostrophes', () => {
    expect(quotedSpans('课程里那个《金品商家享受哪些服务》讲了啥')).toEqual(['金品商家享受哪些服务']);
    expect(quotedSpans('What does the "smart replies" feature cover?')).toEqual(['smartreplies']);
    expect(quotedSpans("Pay's 'money-saving' point, what's in it?")).toEqual(['moneysaving']);
    expect(quotedSpans("It's the merchant's account, isn't it?")).toEqual([]);
  });

  it('a name folded into a broader glossary concept still brings its own line into the answer', () => {
    const a = faq.askLocal('客服用的“智能回复”模板里能不能写Skype账号？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('智能回复');
  });

  it('a quoted chapter title is answered with the lines under it', () => {
    const a = faq.askLocal('课程大纲里有一章叫《金品商家享受哪些服务》，都列了哪些服务？');
    expect(a.declined).toBe(false);
    for (const s of ['基建护航', '运营进阶', '行业领袖']) expect(a.answer).toContain(s);
  });

  it('a quoted heading in a colloquial English question is found though the wording around it ranks nothing', () => {
    const a = faq.askLocal("Pay's 'money-saving' point: what does it actually save me?");
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.125%');
  });

  it('a quoted name the briefing never uses is still declined', () => {
    expect(faq.askLocal('“闪电退款”要几天到账').declined).toBe(true);
  });

  it('a quoted agenda title alone says nothing of what the talk covered', () => {
    expect(faq.askLocal('议程里的“讲师使用规则重点强调”具体说了哪些规则？').declined).toBe(true);
  });
});

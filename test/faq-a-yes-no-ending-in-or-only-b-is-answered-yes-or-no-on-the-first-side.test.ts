import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('"does X include A, or only B?" restricts, it offers no other answer: the line holding A gives the yes or no', () => {
  it('English: "or only", "or just" after an item the lines list leads with Yes', () => {
    expect(lead('Does the growth task list include enabling Trade Assurance, or only publishing products?')).toMatch(/^Yes\b/);
    expect(lead('Does the off-platform rule cover inquiry emails too, or just chat?')).toMatch(/^Yes\b/);
  });

  it('Chinese: "还是只有…" after an item the lines list leads with 是/有', () => {
    expect(lead('新手任务里有开通信保这一项吗，还是只有发品？')).toMatch(/^(是|有)/);
  });

  it('two exclusive answers ("a deduction, or just a warning?") keep the line\'s own answer', () => {
    expect(lead('Is a first offence a points deduction, or just a warning?')).toMatch(/warning/i);
    expect(lead('第一次被抓是直接扣分，还是只是警告？')).toMatch(/警告/);
  });
});

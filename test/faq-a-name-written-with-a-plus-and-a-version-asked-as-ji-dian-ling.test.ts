import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). The green standard is named "1+N": the tokenizer read it
// as the number 1 and dropped "+N", so a question about the name found nothing. And "几点零" / "几点几" asks a version
// number ("3.0"), not a time of day: it was declined as "no hours stated".
const faq = createPolicyFaq({ llm: null });

describe('the 1+N standard asked by its name', () => {
  it.each([
    ['绿色标准叫1+N，这里的N是啥意思', /行业/],
    ['in the 1+N green standard, what does the 1 mean?', /通则|general/i],
  ])('is answered from the standard\'s lines: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });
});

describe('a version number asked as 几点零', () => {
  it('is answered with the version, not declined as a time of day', () => {
    const a = faq.askLocal('金品官方课这次更新到几点零了');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/3\.0/);
  });

  it('leaves a time of day asked with 几点 as before', () => {
    const a = faq.askLocal('Pay的热线晚上几点就没人接了');
    expect(a.answer).not.toMatch(/3\.0/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). Three ways an asker wraps a plain question that the
// briefing answers: a label before an English wh-question ("deck example: what was…") read the inverted "was the" as
// a yes/no; a presenter asked after a certification ("…认证那个讲的小二是谁") read 认证…是谁 as who issues it; and a slide
// named after the thing asked ("…mentioned in the green factory slide") pulled retrieval to the briefing's cover.
const faq = createPolicyFaq({ llm: null });

describe('a label before an English question word', () => {
  it.each([
    ['deck example: what was the minimum order for the customised logo on the hair listing?', /10000000/],
    ['slide 12 - what was the MOQ shown for the custom logo on that hair extension product?', /10000000/],
    ['quick one - which banks hold the global collection account?', /Citibank|花旗/],
  ])('leaves it a what-question: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });

  it('keeps a yes/no after a label a yes/no', () => {
    const a = faq.askLocal('deck example: is the $0.01 thank you card SKU a violation?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^Yes/);
  });
});

describe('a presenter asked after a certification', () => {
  it.each(['绿色工厂认证那块是哪位小二讲的？叫什么', '认证检测那部分分享的小二是谁'])('names the presenter: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/李小龙/);
  });

  it.each(['绿色工厂证书是由谁颁发的', '这个绿色工厂的牌子由哪个机构来发'])('still declines who issues the certificate: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
    expect(a.unstated).toBe('ask:issuer');
  });
});

describe('a slide named after the thing asked', () => {
  it.each([
    ["what was Amazon's green label called, the one mentioned in the green factory slides?", /Climate Pledge Friendly/],
    ['how many suppliers must carry carbon labels per the Walmart example shown in the green factory part?', /100,000|10万/],
  ])('is read as the thing asked: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });

  it('keeps another session named by its month as what is asked about', () => {
    const a = faq.askLocal('which rules were discussed in the May briefing?');
    expect(a.declined).toBe(true);
    expect(a.unstated).toMatch(/period|other-edition/);
  });

  it('keeps a question about the briefing itself', () => {
    const a = faq.askLocal('when was the briefing held?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/28 April 2022|2022年4月28日/);
  });
});

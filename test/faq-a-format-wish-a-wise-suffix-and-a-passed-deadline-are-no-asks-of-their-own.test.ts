import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). Things an asker adds around a question the briefing
// answers, which were read as asks of their own: a wish for the reply's form after the question ("…？列出三个以上",
// "…? name three"), a "-wise" after a word ("eligible, region-wise?"), a deadline the question says has passed ("过了
// deadline 没改会怎样"), and the abbreviation itself asked ("which merchants — what's the acronym?").
const faq = createPolicyFaq({ llm: null });

describe('a wish for the reply form after the question', () => {
  it.each([
    ['第二章里金品诚企的卖点都有啥？列出三个以上', /深度认证|VR实景展厅|数据参谋/],
    ['金品课程第二章讲了哪些卖点？说出至少三个吧', /深度认证|VR实景展厅|数据参谋/],
  ])('is read as not there: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });

  it('keeps a count that is the question', () => {
    const a = faq.askLocal('新手推荐任务一共有几项？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/4项/);
  });
});

describe('a "-wise" after a word', () => {
  it.each([
    ['our Gold Supplier office is in Hangzhou. can we join the Zhaopin live recruiting, location-wise?', /Zhejiang|浙江/],
    ['corporate withdrawal, cost-wise, how much?', /0\.125%/],
  ])('reads the word alone: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });
});

describe('a deadline the question says has passed', () => {
  it.each([
    ['待整改的产品错过了 deadline 还没改，会怎么处理', /0分下架/],
    ['what happens if we miss the deadline to fix a product pending rectification?', /delist|0分下架/],
  ])('asks what follows, not a date: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });

  it('still asks a date when the deadline is what is asked', () => {
    const a = faq.askLocal('what is the deadline for the green factory application?');
    expect(a.answer).not.toMatch(/^Yes|^No/);
    expect(a.answer).toMatch(/mid-May|5月中旬|not state/);
  });
});

describe('the abbreviation itself asked', () => {
  it('names it from the line that uses it', () => {
    const a = faq.askLocal('Star-level evaluation now waits for the newcomer tasks — for which merchants? give me the acronym');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/CGS/);
  });

  it.each(['CGS是什么东西的缩写？', 'what does the abbreviation SKA stand for?'])('still declines what one stands for: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
  });
});

describe('several things added up, as one side of a choice', () => {
  it.each(['免费额度那30万，是按每种提现方式单独算，还是几种方式加起来算？', '30万美金的门槛是单个模式还是几个模式合计的'])('is no count asked: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/合计/);
  });

  it('keeps a count of modes asked', () => {
    const a = faq.askLocal('免手续费的30万是几种模式合计的？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/三种|3/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A question asks for a value of one type about a subject; when no line about that subject holds a value of that type,
// the answer is "the briefing does not say", not the nearest rule's value:
// - which provinces: lines speaking of provinces in general ("省市积极打造…") name none; a place list does
// - a date: a lead time ("至少提前5天") is how far ahead something is due, no date (it still answers "提前几天")
// - points asked with a word between ("how many demerit points"): a product scored 0 is no deduction
const faq = createPolicyFaq({ llm: null });
const declined = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(true);
  return a.answer;
};
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};

describe('a value no line of the asked subject holds is declined', () => {
  it('declines which provinces when the topic names none, in either language', () => {
    declined('Which provinces are running the green manufacturing demonstration projects?');
    declined('绿色制造示范工程目前是哪几个省在推？');
    declined('哪些 province 在搞 绿色工厂 示范?');
  });

  it('does not take a lead time for a date', () => {
    declined('What are the registration start and end dates for the Zhaopin live hiring?');
    declined('直播带岗 报名 哪天 截止?');
    expect(answer('直播带岗的招聘资料要提前几天交？')).toMatch(/5/);
  });

  it('declines a points figure for one listing when only a product score is stated', () => {
    declined('How many demerit points does a single listing with a bogus price carry?');
    declined('One fake-price product: how many penalty points is that?');
  });
});

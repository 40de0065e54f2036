import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findOffence } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('an offence counted as "N+ times" or "N or more times" is the Nth step', () => {
  it('reads the count', () => {
    expect(findOffence('a seller who did it 5+ times')).toBe(5);
    expect(findOffence('after 4 or more violations, what happens')).toBe(4);
  });

  it('refusing Trade Assurance four or more times closes eligibility: points proposed for it are a no', () => {
    expect(lead('Someone refused Trade Assurance 4 or more times - do they lose 6 points each time?')).toMatch(/^No\b.*90 days/);
  });
});

describe('merchants named on the published list are at the warning step of this round', () => {
  it('a points deduction proposed for them is a no', () => {
    expect(lead('We were named on the April list: are points deducted right away?')).toMatch(/^No\b.*warning/);
    expect(lead('上了4月公示名单的商家会马上被扣分吗？')).toMatch(/^不.*警告/);
  });

  it('how many merchants the list names is still a count', () => {
    expect(lead('公示名单上一共有多少家商家？')).toMatch(/81/);
  });
});

describe('a length of time asked by a merchant on the list is their deadline, not a count of the list', () => {
  it('another number of days than the stated one is a no, with the stated one', () => {
    expect(lead('我们在公示名单上，修改产品有10天吗？')).toMatch(/^(不|没有).*天/);
    expect(lead('We are on the published list: do we have 10 days to fix our listings?')).toMatch(/^No\b.*7 days/);
  });
});

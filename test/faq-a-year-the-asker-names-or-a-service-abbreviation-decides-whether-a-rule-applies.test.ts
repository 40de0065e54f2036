import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findDuration } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a year the asker names places them before or after a dated rule', () => {
  it('a merchant who signed in an earlier year is not under a rule "from 1 May 2022"', () => {
    expect(lead('我们20年就签了CGS，中间没断过，现在也得做新手任务吗')).toMatch(/^不/);
    expect(lead('Our CGS contract started in 2020 and never lapsed. Do the new starter tasks apply to us?')).toMatch(/^No\b/);
  });

  it('"21年签的" is a year, not a length of 21 years; "3年的老客户" stays a length', () => {
    expect(findDuration('21年签的，一直没断')).toBeNull();
    expect(findDuration('22年底开的店')).toBeNull();
    expect(findDuration('我们是3年的老客户')).toBe(3 * 365);
  });

  it('a year that is not the year of the day the asker gives does not place that day', () => {
    // signed in 2020, re-signed this year on 10 May: the re-signing decides, and it is after 1 May
    expect(lead('2020年签的CGS，去年断约了，今年5月10号重新签回来，是不是也要先做完新手任务才开始评星？')).toMatch(/^是/);
  });
});

describe('a rule only for merchants who opened Trade Assurance, asked by one who did not, however they name it', () => {
  it('"TA" as well as "Trade Assurance"', () => {
    expect(lead("We have never enabled TA. Does the violation for refusing Trade Assurance apply to our store?")).toMatch(/^No\b/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('a deadline or a lapse the asker gives as dates is worked out from the stated figures', () => {
  it('"the latest date" asks when, so a stated lead time counts back from the day given', () => {
    expect(answer("The recruiting live stream is on June 10. What's the latest date to hand in our materials?").split('\n')[0]).toMatch(/^By June 5\b/);
  });

  it('a lapse given by the two months it runs between is compared with the stated length', () => {
    expect(answer('我们2020年12月断约，2022年5月再签约，算新签吗？').split('\n')[0]).toMatch(/^是/);
    expect(answer('我们2021年11月断约，2022年5月再签约，算新签吗？').split('\n')[0]).toMatch(/^不/);
  });

  it('a year given without its month bounds the lapse from below', () => {
    expect(answer('我们2019年断约的，2022年7月想重新签CGS，算不算新签？').split('\n')[0]).toMatch(/^是/);
    expect(answer('Our CGS contract lapsed in 2020 and we re-sign in June 2022 — are we treated as newly signed?').split('\n')[0]).toMatch(/^Yes\b/);
  });

  it('a question left without its auxiliary ("Treated as ...?") still asks yes or no', () => {
    expect(answer('Our CGS contract ended in March 2020 and we re-sign in May 2022. Counted as a new signing?').split('\n')[0]).toMatch(/^Yes\b/);
  });

  it('"max" after a number of days bounds the figure asked, it does not ask for a limit', () => {
    expect(answer('Local TT or global collection: which arrives sooner, and by how many days max?')).toContain('1-2');
  });
});

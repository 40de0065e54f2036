import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findPeriod } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });

// The briefing publishes one list, April's. A list of another month was already declined when the month was written in
// figures ("3月的名单") or before the list ("the March list"); written in Chinese numerals, or as the month something
// was named in, it was taken for April's list and answered with its 81.
describe('a month the question names for a list', () => {
  it('is found in Chinese numerals and after a verb of naming', () => {
    expect(findPeriod('二月份被公示的名单里有几家义乌的')).toMatch(/二月/);
    expect(findPeriod('十二月的挑战赛什么时候开始')).toMatch(/十二月/);
    expect(findPeriod('Which companies were listed in February for fake MOQ?')).toMatch(/February/);
  });

  it('is not a count of months nor April, the briefing\'s own month', () => {
    expect(findPeriod('三个月内名单会不会再公示')).toBeNull();
    expect(findPeriod('四月份的名单有多少家')).toBeNull();
  });

  it('declines the count of a list of a month the briefing does not publish', () => {
    for (const q of ['二月份公示名单上一共有多少商家？', 'How many sellers got publicly named in February for fake prices?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).not.toMatch(/81/);
    }
  });

  it('still answers the count of April\'s list', () => {
    const a = faq.askLocal('四月份公示名单有多少家');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/81/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findPeriod } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });

describe('an edition or month the question names must be one a line speaks of for that same thing', () => {
  it('reads a month with words between it and the event as the period asked ("6月那场商家场发布会")', () => {
    expect(findPeriod('6月那场商家场发布会在哪天开？')).toMatch(/^6月/);
    expect(findPeriod('3月份的严重违规名单里有多少家')).toMatch(/^3月/);
    // a part of a month dates something; it names no edition
    expect(findPeriod('5月底上线的活动有哪些')).toBeNull();
  });

  it('declines the date of a later briefing, quoting what the briefing states instead of the April date as if it were the one asked', () => {
    const a = faq.askLocal('6月那场商家场发布会在哪天开？我想给团队排班');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明/);
    expect(a.answer).not.toMatch(/^2022年4月28日/);
  });

  it('a "next" period is not answered by a line naming the next edition of something else', () => {
    // the briefing names a second batch of the violators list and a second challenge, never a next briefing
    const a = faq.askLocal('下个月那场发布会会讲直播带岗的新玩法吗？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明/);
  });

  it('still answers the briefing it is about, and the next batch of the list it announces', () => {
    const april = faq.askLocal('4月的商家场发布会是几号开的');
    expect(april.declined).toBe(false);
    expect(april.answer).toContain('4月28日');
    const second = faq.askLocal('第二批违规名单大概什么时候公布？');
    expect(second.declined).toBe(false);
    expect(second.answer).toMatch(/5月下旬/);
  });

  it('what is asked of a named edition ("第三期…什么时候") is a property any line of its topic may state, not the edition\'s noun', () => {
    const a = faq.askLocal('FollowMe第三期投稿从哪天开始收？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/4月30日/);
  });

  it('a year before or after the briefing\'s is stated only by a line naming that year, not by one saying "之前"', () => {
    expect(faq.askLocal('去年那批违规名单一共公示了几家？').declined).toBe(true);
    expect(faq.askLocal("How many stores were named on last year's violator list?").declined).toBe(true);
    // a year dating the asker's own doing by its month is their story, not an edition
    expect(findPeriod('我们去年8月断约了，现在重新签要做新手任务吗')).toBeNull();
  });

  it('a month the asker dates their own contract by is no edition to decline on', () => {
    const a = faq.askLocal('We let our membership lapse for 8 months and signed again in May 2022. Do we count as a new signing for star rating?');
    expect(a.declined).toBe(false);
  });
});

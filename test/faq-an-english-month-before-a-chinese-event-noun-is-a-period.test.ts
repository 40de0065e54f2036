import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findPeriod } from '../src/faq/question.js';

// A code-mixed question names the month in English and the event in Chinese ("May 场", "June 的名单"): the Chinese noun
// after it makes "May" a month, as 5月的发布会 is, so a question about another month's session than the briefing's
// own is declined rather than answered with the April date. English "may" before a verb stays a verb.
const faq = createPolicyFaq({ llm: null });

describe('an English month before a Chinese event noun is a period', () => {
  it('reads the period', () => {
    expect(findPeriod('发布会 June 场 几点开始?')).toMatch(/June/);
    expect(findPeriod('March 的 名单 有几家?')).toMatch(/March/);
    expect(findPeriod('we may 参加 直播吗')).toBeNull();
  });

  it('declines another month\'s session or list', () => {
    for (const q of ['商家发布会 June 场 是几号?', '七月 那个 list 呢? July 的名单 有多少家', 'May 场 发布会 在哪看直播, 几点?']) {
      const a = faq.askLocal(q);
      expect(a.declined, `${q} -> ${a.answer}`).toBe(true);
    }
  });

  it('still answers the briefing\'s own session', () => {
    const a = faq.askLocal('4月 商家场 发布会 几点?');
    expect(a.declined, a.answer).toBe(false);
    expect(a.answer).toMatch(/10:00/);
  });
});

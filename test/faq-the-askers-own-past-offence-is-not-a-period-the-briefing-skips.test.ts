import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { findPeriod } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });

describe('"last month we were warned" dates the asker\'s own offence, not an edition the briefing does not cover', () => {
  it('a Chinese repeat offence dated last month gets its step of the ladder', () => {
    const a = faq.askLocal('上次我们业务员发了微信号已经被警告了，现在又被查到，要扣多少分');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('3分');
  });

  it('an English one', () => {
    const a = faq.askLocal('Last month we got warned over a skype id in chat. It happened again this week, how many points now?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('3 points');
  });

  it('an edition still reads as a period', () => {
    expect(findPeriod('上个月的名单公布了吗')).toBe('上个月');
    expect(findPeriod('what was on last month\'s list?')).not.toBeNull();
    expect(findPeriod('上个月已经被警告过一次')).toBeNull();
  });
});

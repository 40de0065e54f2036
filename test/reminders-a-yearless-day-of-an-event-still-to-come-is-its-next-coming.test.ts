import { describe, expect, it } from 'vitest';
import { parseReminderRequest } from '../src/reminders/natural.js';
import { loadRoutingRules } from '../src/routing/cues.js';

// Issue 11: a flag, a list or an opening is anchored on a day that has passed ("flagged on March 3" is last March's);
// but when the message says the event is still to come (rules/routing eventAhead), its year-less day is the next such
// day: a case anchored a year back would be proposed long overdue.
const now = new Date('2026-12-03T04:00:00Z');
const { eventAhead } = loadRoutingRules();
const start = (text: string) => parseReminderRequest(text, now, 'Asia/Shanghai', { eventAhead }).date;

describe('a year-less day of an event', () => {
  it('said to be still to come is its next coming', () => {
    expect(start('违规名单5月下旬出，出来提醒我整改')).toBe('2027-05-21');
    expect(start('the violators list will be published on Jan 10, remind me to fix')).toBe('2027-01-10');
    expect(start('商品12月10日会被下架整改，提醒我')).toBe('2026-12-10');
    expect(start('remind me, our product gets flagged for rectification on Dec 12')).toBe('2026-12-12');
    expect(start('新店预计2月1日开通，到时候提醒我做成长任务')).toBe('2027-02-01');
  });

  it('said as done, or with no tense, is the last such day', () => {
    expect(start('我们被点名了，11月28日公布的名单，提醒我改')).toBe('2026-11-28');
    expect(start('we got flagged for rectification on March 3, remind me')).toBe('2026-03-03');
    expect(start('店铺2月9号开通的，新手任务帮我盯着')).toBe('2026-02-09');
    expect(start('违规名单5月下旬出了，提醒我整改')).toBe('2026-05-21');
    expect(start('rectification notice came 11.20, track it')).toBe('2026-11-20');
  });
});

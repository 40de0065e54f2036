import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { loadRoutingRules } from '../src/routing/cues.js';
import { findDate } from '../src/reminders/natural.js';

/** The reminder words of rules/routing (reminderWords, reminderActions) on wordings invented here, and the days they name. */
describe('the word lists and the dates they stand for', () => {
  const rules = loadRoutingRules();
  const action = (text: string) => rules.reminderActions.find((a) => a.patterns.some((re) => re.test(text)))?.action ?? null;

  it('each loose wording gets its action', () => {
    expect(action('all set ✔️')).toBe('done');
    expect(action('这个处理完了 帮我划掉')).toBe('done');
    expect(action('maybe later, on a call')).toBe('snooze');
    expect(action('过会儿再说吧')).toBe('snooze');
    expect(action('shift that one to the 28th')).toBe('move');
    expect(action('刚才那条改到月底')).toBe('update');
    expect(action("what's left 今天?")).toBe('list');
    expect(action('下一条是啥')).toBe('list');
  });

  it('a draft to a buyer saying later or done is no action on a case', () => {
    expect(action('好的，明天再说，您先忙')).toBeNull();
    expect(action('Done with the payment? Please send the slip')).toBeNull();
  });

  it('a weekday cut short is read as the weekday', () => {
    const wed = DateTime.fromISO('2026-05-13', { zone: 'Asia/Shanghai' });
    expect(findDate('move it to next tues', wed, 'after')).toBe('2026-05-19');
    expect(findDate('by fri', wed, 'after')).toBe('2026-05-15');
    expect(findDate('明儿', wed)).toBe('2026-05-14');
  });
});

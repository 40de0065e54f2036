import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { findDate } from '../src/reminders/index.js';

/**
 * "Push the reminder back until Friday", said on a Friday, means next Friday: moving a reminder later to today is no
 * move. A date read any other way keeps today, since "the session is on Friday" said on Friday is today.
 */
const friday = DateTime.fromISO('2026-12-04T11:00', { zone: 'Asia/Shanghai' });

describe('a weekday named alone, on that weekday', () => {
  it('is next week when a reminder is moved later', () => {
    expect(findDate('push the violation fix reminder back until Friday', friday, 'after')).toBe('2026-12-11');
    expect(findDate('提醒推到周五吧', friday, 'after')).toBe('2026-12-11');
  });
  it('is another day this week as before', () => {
    expect(findDate('push it back until Monday', friday, 'after')).toBe('2026-12-07');
    expect(findDate('推到周六', friday, 'after')).toBe('2026-12-05');
  });
  it('is today when the date is read as one ahead or nearest', () => {
    expect(findDate('the session is on Friday', friday, 'future')).toBe('2026-12-04');
    expect(findDate('直播在周五', friday, 'nearest')).toBe('2026-12-04');
  });
});

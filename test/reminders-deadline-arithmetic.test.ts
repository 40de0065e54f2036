import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../src/reminders/policy.js';
import { computeDeadline, outOfQuietHours, parseCalendarDate, parseDuration, planNudges } from '../src/reminders/time.js';
import { InputError } from '../src/reminders/errors.js';

const { byKind, schedule } = loadPolicies();
const quiet = { start: '22:00', end: '08:00' };
const deadline = (kind: string, start: string, zone = 'Asia/Shanghai') => computeDeadline(byKind.get(kind as never)!, start, zone).toISO();

describe('deadline arithmetic: the end of the last day in the case time zone', () => {
  it('rectification flagged 2022-04-28 is due 2022-05-12 end of day (+08:00)', () => {
    expect(deadline('rectification', '2022-04-28')).toBe('2022-05-12T23:59:59.999+08:00');
  });
  it('violation-fix: 7 days from the notice', () => {
    expect(deadline('violation-fix', '2022-04-28')).toBe('2022-05-05T23:59:59.999+08:00');
  });
  it('live-recruiting with live date 2022-05-20: materials due 2022-05-15', () => {
    expect(deadline('live-recruiting', '2022-05-20')).toBe('2022-05-15T23:59:59.999+08:00');
  });
  it('growth-tasks from 2022-05-01: 2022-05-31', () => {
    expect(deadline('growth-tasks', '2022-05-01')).toBe('2022-05-31T23:59:59.999+08:00');
  });
  it('honours another time zone, across a DST change', () => {
    expect(deadline('rectification', '2022-03-01', 'America/New_York')).toBe('2022-03-15T23:59:59.999-04:00');
  });

  it('plans nudges 7, 3 and 1 days before, on the day and the day after, at 10:00 local', () => {
    const plan = planNudges(byKind.get('rectification')!, '2022-04-28', 'Asia/Shanghai', schedule.workTime, quiet);
    expect(plan.map((p) => p.at.toISO())).toEqual([
      '2022-05-05T10:00:00.000+08:00',
      '2022-05-09T10:00:00.000+08:00',
      '2022-05-11T10:00:00.000+08:00',
      '2022-05-12T10:00:00.000+08:00',
      '2022-05-13T10:00:00.000+08:00',
    ]);
    expect(plan.at(-1)!.purpose).toBe('overdue');
  });

  it('quiet hours move a nudge to their end, never drop it', () => {
    const plan = planNudges(byKind.get('rectification')!, '2022-04-28', 'Asia/Shanghai', schedule.workTime, { start: '09:00', end: '11:30' });
    expect(plan).toHaveLength(5);
    expect(plan.every((p) => p.at.toFormat('HH:mm') === '11:30')).toBe(true);
    const late = DateTime.fromISO('2022-05-05T23:10:00', { zone: 'Asia/Shanghai' });
    expect(outOfQuietHours(late, quiet).toISO()).toBe('2022-05-06T08:00:00.000+08:00');
    const early = DateTime.fromISO('2022-05-05T03:00:00', { zone: 'Asia/Shanghai' });
    expect(outOfQuietHours(early, quiet).toISO()).toBe('2022-05-05T08:00:00.000+08:00');
    const day = DateTime.fromISO('2022-05-05T12:00:00', { zone: 'Asia/Shanghai' });
    expect(outOfQuietHours(day, quiet).equals(day)).toBe(true);
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(() => parseCalendarDate('2022-02-30')).toThrow(InputError);
    expect(() => parseCalendarDate('2022-13-01')).toThrow(/does not exist/);
    expect(() => parseCalendarDate('28/04/2022')).toThrow(/YYYY-MM-DD/);
    expect(parseCalendarDate('2022年4月28日')).toBe('2022-04-28');
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses a negative or zero snooze, politely in both languages', () => {
    try {
      parseDuration('-3d');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).text('en')).toMatch(/positive/);
      expect((err as InputError).text('zh')).toMatch(/正数/);
    }
    expect(() => parseDuration('0d')).toThrow(InputError);
    expect(() => parseDuration('soon')).toThrow(InputError);
    expect(parseDuration('2d').ms).toBe(2 * 86_400_000);
    expect(parseDuration('2天').ms).toBe(2 * 86_400_000);
    expect(parseDuration('12h').ms).toBe(12 * 3_600_000);
  });
});

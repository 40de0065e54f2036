import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { findDate, parseReminderCommand, parseReminderRequest } from '../src/reminders/index.js';

// Monday 30 November 2026, 10:00 in Shanghai.
const NOW = DateTime.fromISO('2026-11-30T10:00:00', { zone: 'Asia/Shanghai' });
const today = NOW.startOf('day');
const parse = (text: string) => parseReminderRequest(text, NOW.toJSDate(), 'Asia/Shanghai');

describe('reminder requests written in plain words', () => {
  it('reads the kind, the product and an absolute date in Chinese', () => {
    const r = parse('帮我记一下：P888 直播带岗 5月20日直播，提醒我提前交素材');
    expect(r.caseKind).toBe('live-recruiting');
    expect(r.subject).toBe('P888');
    // A year-less date is the nearest one: 20 May 2027 is closer to 30 Nov 2026 than 20 May 2026.
    expect(r.date).toBe('2027-05-20');
    expect(r.canonical).toBe('track live-recruiting P888 2027-05-20');
    // The canonical command is what the confirmation runs: it must parse as the explicit command.
    expect(parseReminderCommand(r.canonical!)).toMatchObject({ kind: 'track', caseKind: 'live-recruiting', subject: 'P888', start: '2027-05-20' });
  });

  it('reads relative dates in both languages', () => {
    const cases: [string, string][] = [
      ['今天', today.toISODate()!],
      ['明天', today.plus({ days: 1 }).toISODate()!],
      ['前天', today.minus({ days: 2 }).toISODate()!],
      ['3天后', today.plus({ days: 3 }).toISODate()!],
      ['下周三', '2026-12-09'],
      ['这周五', '2026-12-04'],
      ['yesterday', today.minus({ days: 1 }).toISODate()!],
      ['in 10 days', today.plus({ days: 10 }).toISODate()!],
      ['next Friday', '2026-12-11'],
      ['Dec 15', '2026-12-15'],
      ['15 January', '2027-01-15'],
      ['2026-12-15', '2026-12-15'],
      ['2027年1月3日', '2027-01-03'],
    ];
    for (const [text, want] of cases) expect(findDate(`remind me ${text} please`, today), text).toBe(want);
  });

  it('a flag, a listing or a new store without a date is about today; a live stream needs its date', () => {
    expect(parse('remind me to fix 1600123456 flagged for rectification').date).toBe(today.toISODate());
    expect(parse('我们被公示了，7天内要改完，提醒我').caseKind).toBe('violation-fix');
    const live = parse('remind me about the live recruiting materials');
    expect(live.command).toBeNull();
    expect(live.missing).toEqual(['date']);
  });

  it('says what is missing when the kind cannot be told', () => {
    const r = parse('remind me next Friday');
    expect(r.command).toBeNull();
    expect(r.missing).toEqual(['kind']);
  });

  it('an impossible date is no date rather than a rolled-over one', () => {
    expect(findDate('提醒我 2月30日 整改', today)).toBeNull();
  });
});

describe('commands match whole words', () => {
  it('"Tracking no." and "Checking" are not commands; "track" and "跟踪" still are', () => {
    expect(parseReminderCommand('Tracking no. 1Z999AA10123456784')).toBeNull();
    expect(parseReminderCommand('Doneness check for the steak sample')).toBeNull();
    expect(parseReminderCommand('track rectification P123 2026-11-30')).toMatchObject({ kind: 'track', subject: 'P123' });
    expect(parseReminderCommand('跟踪整改 P123 2026-11-30')).toMatchObject({ kind: 'track', caseKind: 'rectification' });
    expect(parseReminderCommand('done C1')).toEqual({ kind: 'done', ref: 'C1' });
    expect(parseReminderCommand('完成C1')).toEqual({ kind: 'done', ref: 'C1' });
  });
});

describe('dates and kinds as people give them', () => {
  it('a year-less date is past for a flag, a notice or an opening, and ahead for a live stream', () => {
    // 30 Nov 2026: "March 3" flagged is 3 Mar 2026 (the deadline has passed), a live stream on March 3 is in 2027
    expect(parse('we got flagged for rectification on March 3, remind me').date).toBe('2026-03-03');
    expect(parse('店铺2月9号开通的，新手任务帮我盯着').date).toBe('2026-02-09');
    expect(parse('直播带岗定在2月9号，提醒我交素材').date).toBe('2027-02-09');
    expect(parse('rectification notice came 11.20, track it').date).toBe('2026-11-20');
    expect(parse('our shop opened on the 3rd, keep an eye on the new merchant tasks').date).toBe('2026-11-03');
  });

  it('a kind is told by what happened as well as by its name', () => {
    expect(parse('account activated yesterday, watch the 30 days tasks for me').caseKind).toBe('growth-tasks');
    expect(parse('开户是11月20号，帮我跟一下').caseKind).toBe('growth-tasks');
    expect(parse('违规修改的期限帮我记一下，今天通知的').caseKind).toBe('violation-fix');
    expect(parse('remind me before the live hiring session on Dec 20').caseKind).toBe('live-recruiting');
  });
});

import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { findDate, parseReminderRequest } from '../src/reminders/index.js';

// Monday 30 November 2026, 10:00 in Shanghai.
const NOW = DateTime.fromISO('2026-11-30T10:00:00', { zone: 'Asia/Shanghai' });
const today = NOW.startOf('day');

describe('dates as strangers write them in a reminder request', () => {
  it.each([
    ['remind me next Wed to upload the materials', '2026-12-09'],
    ['ping me by thurs about the MOQ fix', '2026-12-03'],
    ['nudge me Friday re the star rating', '2026-12-04'],
    ['remind me every Monday morning to check prices', '2026-11-30'],
    ['remind me in 2 hrs to call the forwarder', '2026-11-30'],
    ['ping me in 48 hours about the violation fix', '2026-12-02'],
    ['remind me at 4pm to answer the buyer', '2026-11-30'],
    ['一小时后提醒我回复客户', '2026-11-30'],
    ['过两天提醒我看预警邮件', '2026-12-02'],
    ['一会儿叫我看一下那个被下架的商品', '2026-11-30'],
    ['周末提醒我剪直播视频', '2026-12-05'],
    ['remind me next week about the rectification', '2026-12-07'],
    ['下周提醒我交素材', '2026-12-07'],
  ])('%s -> %s', (text, want) => {
    expect(findDate(text, today, 'future')).toBe(want);
  });

  it('a weekday alone said of something that happened is the last one', () => {
    expect(findDate('the listing got flagged Thursday', today, 'past')).toBe('2026-11-26');
  });

  it('a weekday cut short is read in a full request, so the proposal has its day', () => {
    const r = parseReminderRequest('pls set a reminder for next Wed: upload the live stream materials', NOW.toJSDate(), 'Asia/Shanghai');
    expect(r.caseKind).toBe('live-recruiting');
    expect(r.date).toBe('2026-12-09');
    expect(r.command).not.toBeNull();
  });

  it('words that only look like a short weekday are no date', () => {
    expect(findDate('the sun hat listing and the wedding dress SKU', today, 'future')).toBeNull();
  });
});

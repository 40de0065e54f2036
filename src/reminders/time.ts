import { DateTime, IANAZone } from 'luxon';
import type { DeadlinePolicy, NudgeSpec } from './policy.js';
import { InputError } from './errors.js';

export interface QuietHours {
  start: string; // "HH:MM" local
  end: string;
}
export const DEFAULT_QUIET: QuietHours = { start: '22:00', end: '08:00' };

/** Strict calendar date: 2022-02-30 and 2022-13-01 are refused, not rolled over. Accepts 2022-4-28, 2022/04/28, 2022年4月28日. */
export function parseCalendarDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) {
    throw new InputError(
      `"${clip(text)}" is not a date; please write it as YYYY-MM-DD, e.g. 2022-04-28.`,
      `“${clip(text)}”不是有效日期，请按 YYYY-MM-DD 格式填写，例如 2022-04-28。`,
    );
  }
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = DateTime.fromISO(iso, { zone: 'UTC' });
  if (!d.isValid) {
    throw new InputError(`${iso} does not exist on the calendar; please check the day and month.`, `${iso} 这一天不存在，请检查年月日。`);
  }
  return iso;
}

export function checkTimeZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) {
    throw new InputError(`"${clip(zone)}" is not a time zone name (e.g. Asia/Shanghai).`, `“${clip(zone)}”不是有效的时区名称（例如 Asia/Shanghai）。`);
  }
  return zone;
}

/** The deadline is the end of its last day in the case's time zone. */
export function computeDeadline(policy: DeadlinePolicy, anchorDate: string, zone: string): DateTime {
  return DateTime.fromISO(anchorDate, { zone }).plus({ days: policy.deadline.days }).endOf('day');
}

export interface PlannedNudge {
  at: DateTime;
  purpose: NudgeSpec['purpose'];
  /** Stable per case and schedule slot, so re-planning never creates a second nudge for the same slot. */
  slot: string;
}

export function planNudges(policy: DeadlinePolicy, anchorDate: string, zone: string, workTime: string, quiet: QuietHours): PlannedNudge[] {
  const deadlineDay = computeDeadline(policy, anchorDate, zone).startOf('day');
  const anchorDay = DateTime.fromISO(anchorDate, { zone });
  const out: PlannedNudge[] = [];
  for (const spec of policy.nudges) {
    const day = (spec.from === 'anchor' ? anchorDay : deadlineDay).plus({ days: spec.days });
    const [h, m] = (spec.time ?? workTime).split(':').map(Number);
    const at = outOfQuietHours(day.set({ hour: h, minute: m, second: 0, millisecond: 0 }), quiet);
    out.push({ at, purpose: spec.purpose, slot: `${spec.from}${spec.days >= 0 ? '+' : ''}${spec.days}` });
  }
  return out.sort((a, b) => a.at.toMillis() - b.at.toMillis());
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Quiet hours move a moment to the end of the quiet period (next morning when the window spans midnight). */
export function outOfQuietHours(at: DateTime, quiet: QuietHours): DateTime {
  const s = minutes(quiet.start);
  const e = minutes(quiet.end);
  if (s === e) return at;
  const now = at.hour * 60 + at.minute;
  const inside = s < e ? now >= s && now < e : now >= s || now < e;
  if (!inside) return at;
  let end = at.set({ hour: Math.floor(e / 60), minute: e % 60, second: 0, millisecond: 0 });
  if (end <= at) end = end.plus({ days: 1 });
  return end;
}

export function isQuiet(at: DateTime, quiet: QuietHours): boolean {
  return !outOfQuietHours(at, quiet).equals(at);
}

/** Engine fast path: null when `now` is outside quiet hours, else the moment they end. */
export function quietUntil(now: Date, zone: string, quiet: QuietHours): Date | null {
  const s = minutes(quiet.start);
  const e = minutes(quiet.end);
  if (s === e) return null;
  const hhmm = isoLocal(now, zone).slice(11, 16);
  const m = minutes(hhmm);
  const inside = s < e ? m >= s && m < e : m >= s || m < e;
  return inside ? outOfQuietHours(DateTime.fromJSDate(now, { zone }), quiet).toJSDate() : null;
}

const UNITS: Record<string, 'minutes' | 'hours' | 'days' | 'weeks'> = {
  m: 'minutes', min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes', 分钟: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours', 小时: 'hours', 个小时: 'hours', 钟头: 'hours', 个钟头: 'hours',
  d: 'days', day: 'days', days: 'days', 天: 'days', 日: 'days',
  w: 'weeks', wk: 'weeks', week: 'weeks', weeks: 'weeks', 周: 'weeks', 个星期: 'weeks', 星期: 'weeks',
};

/** A unit word of UNITS inside free text ("snooze it 30 min", "推迟2个小时"): the longest first, a Latin one whole. */
export const LENGTH_UNIT = new RegExp(`(${Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'i');

/** The unit letter parseDuration reads ("m", "h", "d", "w") for a unit word of UNITS. */
export function unitLetter(word: string): string | undefined {
  return UNITS[word.toLowerCase()]?.[0];
}

const LENGTH_AT_START = new RegExp(`^\\s*\\d{1,5}\\s*${LENGTH_UNIT.source}`, 'i');

/** Whether a text starts with a length written as a number and a unit of UNITS ("30 min", "1h", "3天后"), as LENGTH_UNIT reads units. */
export function startsWithLength(text: string): boolean {
  return LENGTH_AT_START.test(text);
}

/**
 * "2d", "3 days", "2天", "12h", "1w", "4230m" (a move to a set time is written in minutes); 1 minute to 60 days.
 * Negative or zero durations are refused politely.
 */
export function parseDuration(text: string): { ms: number; label: string } {
  const m = /^\s*([+-]?\d{1,5})\s*([a-z]+|[\u4e00-\u9fff]+)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || !unit) {
    throw new InputError(
      `"${clip(text)}" is not a snooze length; try 2d, 12h or 1w.`,
      `“${clip(text)}”不是有效的推迟时长，可以写 2天、12小时 或 1周。`,
    );
  }
  const n = Number(m[1]);
  if (n <= 0) {
    throw new InputError(
      `A snooze must move reminders later, so "${clip(text)}" cannot be used; try a positive length such as 2d.`,
      `推迟时长必须是正数，“${clip(text)}”无法使用，请填写例如 2天。`,
    );
  }
  const ms = DateTime.fromMillis(0).plus({ [unit]: n }).toMillis();
  if (ms > 60 * 86_400_000) throw new InputError('A snooze can be at most 60 days.', '最多只能推迟 60 天。');
  return { ms, label: `${n}${unit[0]}` };
}

const zones = new Map<string, IANAZone>();
/** ISO 8601 with the zone's offset, e.g. 2022-05-12T23:59:59.999+08:00. Hot in the engine, so no DateTime objects. */
export function isoLocal(at: Date | DateTime, zone: string): string {
  const ms = at instanceof Date ? at.getTime() : at.toMillis();
  let z = zones.get(zone);
  if (!z) zones.set(zone, (z = IANAZone.create(zone)));
  const off = z.offset(ms);
  const local = new Date(ms + off * 60_000).toISOString().slice(0, 23);
  const a = Math.abs(off);
  return `${local}${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Local calendar date YYYY-MM-DD of an instant in a zone. */
export function localDate(at: Date, zone: string): string {
  return isoLocal(at, zone).slice(0, 10);
}

/** Whole days between two YYYY-MM-DD dates (b - a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}

export function formatLocalShort(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
}

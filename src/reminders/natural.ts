import { DateTime } from 'luxon';
import type { CaseKind, ReminderCommand } from './types.js';
import { loadPolicies, type PolicySet } from './policy.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import { LENGTH_UNIT, unitLetter } from './time.js';

/**
 * Reads a reminder request written as people write it ("帮我记一下：P888 直播带岗 5月20日直播，提醒我提前交素材",
 * "remind me to fix 1600123 flagged yesterday") into a track command, for the router to confirm in one step
 * before anything is created. The date is resolved against `now` in the case's time zone.
 */
export interface ReminderRequest {
  /** The command the confirmation will run; absent when a required part is missing. */
  command: Extract<ReminderCommand, { kind: 'track' }> | null;
  caseKind: CaseKind | null;
  subject: string | null;
  date: string | null;
  /** What is missing, for the reply asking for it. */
  missing: ('kind' | 'date')[];
  /** The canonical command text ("track live-recruiting P888 2026-05-20"), typed or sent by a button. */
  canonical: string | null;
  /** A teammate the reminder is for ("remind Lily to …", "提醒小王…"), named in the case's note. */
  assignee?: string;
  /** The platform user the teammate was mentioned as (Slack <@U123>, DingTalk atUsers): the case is theirs. */
  owner?: string;
  /**
   * The day the work is due by, when the request said so ("周五前整改", "by Friday"): the case's deadline falls on it,
   * and `date` is the start counted back from it by the policy's days.
   */
  due?: string;
}

export interface RequestOptions {
  /** A teammate the request names (the router reads it with rules/routing remindTeammate). */
  assignee?: string;
  /** The platform user id of that teammate, when the message mentioned them as a user. */
  owner?: string;
  /** rules/routing deadlineDate: a date the work is due by, in a group named "date". */
  deadlinePatterns?: RegExp[];
  /** The cue words of each kind, from the reminder service's policies (rules/deadlines); the default rules otherwise. */
  kindCues?: PolicySet['kindCues'];
  /** The start a case of a kind needs for its deadline to fall on a day (the reminder service knows the policies). */
  startFor?: (kind: CaseKind, deadline: string) => string;
  /** rules/routing eventAhead: the event a case is anchored on said to be still to come. */
  eventAhead?: RegExp[];
}

// Product or shop ids: P888, SKU-12, a long numeric product id. Order and tracking numbers are not subjects.
const SUBJECT = /\b([A-Z]{1,4}-?\d{2,12}|\d{6,16})\b|(产品|商品)\s*([A-Za-z0-9-]{2,20})/;

const ZH_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const EN_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// a weekday as people type it, whole or cut short ("next Fri", "by weds", "on thurs")
const EN_WEEKDAY_SAID = '(mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?(?![a-z])';
const enWeekday = (said: string) => EN_WEEKDAY.findIndex((d) => d.startsWith(said.slice(0, 3))) + 1;
const EN_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Which way a year-less date lies from today: a flag, a notice or an opening has happened ('past': the latest such day
 * not after today), a live stream is ahead ('future': the first not before today); else the nearest, within half a
 * year either side.
 */
// 'after' is 'future' for a reminder being moved later: a weekday named alone on that very weekday ("push it back until
// Friday", said on a Friday) is the next one, since moving a reminder later to today is no move.
export type DateDirection = 'nearest' | 'past' | 'future' | 'after';

function nearest(today: DateTime, month: number, day: number, direction: DateDirection = 'nearest'): DateTime | null {
  const candidates = [-1, 0, 1].map((dy) => DateTime.fromObject({ year: today.year + dy, month, day }, { zone: today.zone }));
  const valid = candidates.filter((d) => d.isValid && (direction === 'past' ? d <= today : direction === 'future' ? d >= today : true));
  if (!valid.length) return null;
  return valid.sort((a, b) => Math.abs(a.diff(today, 'days').days) - Math.abs(b.diff(today, 'days').days))[0]!;
}

function weekday(today: DateTime, target: number, which: 'next' | 'this' | 'last'): DateTime {
  const base = which === 'next' ? today.plus({ weeks: 1 }) : which === 'last' ? today.minus({ weeks: 1 }) : today;
  return base.set({ weekday: target as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
}

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (HAN_NUMERALS[s] ?? NaN));
const enNum = (s: string) => (/^\d+$/.test(s) ? Number(s) : ({ a: 1, one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[s] ?? NaN);

// The part of a month said instead of its day ("5月下旬", "下个月初", "月底", "late May", "mid-June", "end of the month"):
// the first day of that part (the 1st, the 11th or 15th, the 21st) or the month's last day for its end.
const ZH_PART: Record<string, number> = { 初: 1, 上旬: 1, 中: 15, 中旬: 11, 下旬: 21 };
const EN_PART: Record<string, number> = { early: 1, beginning: 1, start: 1, mid: 15, middle: 15, late: 21 };
const HAN_MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九十])';

function partOfMonth(t: string, today: DateTime, monthRe: string, direction: DateDirection): DateTime | null {
  const dayOf = (p: string, table: Record<string, number>): number | 'end' => (/底|末|end|eom/.test(p) ? 'end' : table[p]!);
  const at = (month: DateTime, day: number | 'end') => (day === 'end' ? month.endOf('month').startOf('day') : month.set({ day }));
  // a month named without its year: that part of it this year, the year before or after, as direction says
  const named = (month: number, day: number | 'end') => {
    if (!(month >= 1 && month <= 12)) return null;
    const fit = [-1, 0, 1]
      .map((dy) => at(DateTime.fromObject({ year: today.year + dy, month, day: 1 }, { zone: today.zone }), day))
      .filter((d) => d.isValid && (direction === 'past' ? d <= today : direction === 'future' ? d >= today : true));
    return fit.sort((a, b) => Math.abs(a.diff(today, 'days').days) - Math.abs(b.diff(today, 'days').days))[0] ?? null;
  };
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`${HAN_MONTH}\\s*月\\s*(初|上旬|中旬|下旬|底|末|中(?![国文心间]))`).exec(t))) return named(hanMonth(m[1]!), dayOf(m[2]!, ZH_PART));
  if ((m = new RegExp(`\\b(early|beginning of|start of|mid|middle of|late|end of)[- ]+(the )?${monthRe}(?![a-z])`).exec(t))) {
    return named(EN_MONTH.indexOf(m[3]!) + 1, dayOf(m[1]!.replace(/ of$/, ''), EN_PART));
  }
  // this month's or the next's ("月底", "下个月初", "end of the month", "start of next month")
  if ((m = /(下个?月|本月|这个?月|当月)?(月)?(初|上旬|中旬|下旬|底|末|中(?![国文心间]))/.exec(t)) && (m[1] || m[2])) {
    return at(m[1]?.startsWith('下') ? today.plus({ months: 1 }).startOf('month') : today.startOf('month'), dayOf(m[3]!, ZH_PART));
  }
  if ((m = /\b(beginning|start|middle|end) of (the |this |next )?month\b|\b(mid|end)-month\b|\b(eom)\b/.exec(t))) {
    const base = m[2]?.trim() === 'next' ? today.plus({ months: 1 }).startOf('month') : today.startOf('month');
    return at(base, dayOf(m[1] ?? m[3] ?? m[4]!, EN_PART));
  }
  return null;
}

const hanMonth = (s: string) => (/^\d+$/.test(s) ? Number(s) : s.startsWith('十') ? 10 + (s.length > 1 ? num(s.slice(1)) : 0) : num(s));

/**
 * The start date a message gives a case of this kind when it is tracked again or moved: a live session lies ahead,
 * any other case starts on the nearest such day.
 */
export function caseStartIn(text: string, today: DateTime, kind: CaseKind | null): string | null {
  return findDate(text, today, kind === 'live-recruiting' ? 'future' : 'nearest');
}

/** The first date expression in the text, as YYYY-MM-DD, or null. */
export function findDate(text: string, today: DateTime, asked: DateDirection = 'nearest'): string | null {
  const t = text.toLowerCase();
  const direction = asked === 'after' ? 'future' : asked;
  const notBefore = (d: DateTime) => (d < today.startOf('day') || (asked === 'after' && d.hasSame(today, 'day')) ? d.plus({ weeks: 1 }) : d);
  let m: RegExpExecArray | null;
  const iso = (d: DateTime | null) => (d && d.isValid ? d.toISODate() : null);
  if ((m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/.exec(t))) return iso(DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, { zone: today.zone }));
  if ((m = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(t))) return iso(nearest(today, +m[1]!, +m[2]!, direction));
  // a day of this month or the next, said with the month in words ("下个月5号", "本月20号", "the 5th of next month", "next
  // month on the 10th"): that month's day, whatever the direction (the month is said)
  if ((m = /(下个?月|本月|这个?月)\s*(\d{1,2})\s*[日号]|\bthe (\d{1,2})(?:st|nd|rd|th)? of (next|this) month\b|\b(next|this) month,? (?:on )?the (\d{1,2})(?:st|nd|rd|th)?\b/.exec(t))) {
    const next = (m[1] ?? m[4] ?? m[5]!).startsWith('下') || (m[4] ?? m[5]) === 'next';
    return iso((next ? today.plus({ months: 1 }) : today).set({ day: +(m[2] ?? m[3] ?? m[6])! }));
  }
  const monthRe = `(${EN_MONTH.join('|')})[a-z]*\\.?`;
  const part = partOfMonth(t, today, monthRe, direction);
  if (part) return iso(part);
  if ((m = new RegExp(`\\b${monthRe}\\s+(\\d{1,2})(st|nd|rd|th)?\\b`).exec(t))) return iso(nearest(today, EN_MONTH.indexOf(m[1]!) + 1, +m[2]!, direction));
  if ((m = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?\\s+(of\\s+)?${monthRe}`).exec(t))) return iso(nearest(today, EN_MONTH.indexOf(m[4]!) + 1, +m[1]!, direction));
  if ((m = /(?<![\d.])(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(t))) return iso(nearest(today, +m[1]!, +m[2]!, direction));
  // "4.27收到的", "5.6开通": month.day, not a price or a version (no currency before, no unit or more digits after)
  if ((m = /(?<![\d.$¥￥]|us\s?)(\d{1,2})\.(\d{1,2})(?![\d.%]|\s*(元|美元|美金|usd|rmb|\$|kg|cm|mm|米|天|倍))/.exec(t)) && +m[1]! >= 1 && +m[1]! <= 12) return iso(nearest(today, +m[1]!, +m[2]!, direction));
  if ((m = /(\d+|[一两二三四五六七八九十])\s*天\s*(后|以后|之后)/.exec(t))) return iso(today.plus({ days: num(m[1]!) }));
  if ((m = /(\d+|[一两二三四五六七八九十])\s*天\s*(前|以前|之前)(?!.{0,3}(交|提交|完成|提醒))/.exec(t))) return iso(today.minus({ days: num(m[1]!) }));
  if ((m = /\bin\s+(\d+)\s+days?\b|\b(\d+)\s+days?\s+from\s+now\b/.exec(t))) return iso(today.plus({ days: +(m[1] ?? m[2])! }));
  if ((m = /\b(\d+)\s+days?\s+ago\b/.exec(t))) return iso(today.minus({ days: +m[1]! }));
  // weeks ahead or ago ("in 2 weeks", "2 weeks from now", "两周后", "3个星期以后", "a week ago")
  if ((m = /\bin\s+(\d+|a|one|two|three|four)\s+weeks?\b|\b(\d+|a|one|two|three|four)\s+weeks?\s+from\s+(now|today)\b/.exec(t))) return iso(today.plus({ weeks: enNum(m[1] ?? m[2]!) }));
  if ((m = /(\d+|[一两二三四五六七八九十])\s*(个)?(周|星期|礼拜)\s*(后|以后|之后)/.exec(t))) return iso(today.plus({ weeks: num(m[1]!) }));
  if ((m = /\b(\d+|a|one|two|three|four)\s+weeks?\s+ago\b/.exec(t))) return iso(today.minus({ weeks: enNum(m[1]!) }));
  if ((m = /(下|这|本|上)(个)?(周|星期|礼拜)([一二三四五六日天])/.exec(t))) return iso(weekday(today, ZH_WEEKDAY[m[4]!]!, m[1] === '下' ? 'next' : m[1] === '上' ? 'last' : 'this'));
  if ((m = /(周|星期|礼拜)([一二三四五六日天])/.exec(t))) {
    return iso(notBefore(weekday(today, ZH_WEEKDAY[m[2]!]!, 'this')));
  }
  if ((m = new RegExp(`\\b(next|this|last)\\s+${EN_WEEKDAY_SAID}`).exec(t))) return iso(weekday(today, enWeekday(m[2]!), m[1] as 'next' | 'this' | 'last'));
  if ((m = new RegExp(`\\b(on|by|before|to|till|until)\\s+${EN_WEEKDAY_SAID}`).exec(t))) {
    return iso(notBefore(weekday(today, enWeekday(m[2]!), 'this')));
  }
  // a day of the month alone ("opened on the 5th", "12号"): this month's, or the one before or after as direction says
  if ((m = /\bthe (\d{1,2})(st|nd|rd|th)\b|(?<![月\d.])(\d{1,2})\s*号(?!仓|店|线|楼|机)/.exec(t))) {
    const day = +(m[1] ?? m[3])!;
    const months = [-1, 0, 1].map((dm) => today.plus({ months: dm }).set({ day })).filter((d) => d.isValid && d.day === day);
    const fit = months.filter((d) => (direction === 'past' ? d <= today : direction === 'future' ? d >= today : true));
    const best = fit.sort((a, b) => Math.abs(a.diff(today, 'days').days) - Math.abs(b.diff(today, 'days').days))[0];
    if (best) return iso(best);
  }
  if (/大后天/.test(t)) return iso(today.plus({ days: 3 }));
  if (/后天|day after tomorrow/.test(t)) return iso(today.plus({ days: 2 }));
  if (/明天|明日|明早|明晚|明儿|tomorrow|\btmrw?\b/.test(t)) return iso(today.plus({ days: 1 }));
  if (/前天|day before yesterday/.test(t)) return iso(today.minus({ days: 2 }));
  if (/昨天|昨日|yesterday/.test(t)) return iso(today.minus({ days: 1 }));
  if (/今天|今日|今晚|今早|\btoday\b|\btonight\b|刚刚|just now/.test(t)) return iso(today);
  return null;
}

const NO_DATE_NEEDED: CaseKind[] = ['rectification', 'violation-fix', 'offsite-strike', 'growth-tasks'];

/**
 * The deadline kind a message names, directly or by what happened ("store activated", "公示名单"), or null: the first
 * kind, by rank, whose cue words (rules/deadlines/*.yaml `cues`) appear.
 */
export function findKind(text: string, cues: PolicySet['kindCues'] = loadPolicies().kindCues): CaseKind | null {
  return cues.find((c) => c.patterns.some((re) => re.test(text)))?.kind ?? null;
}

/** The day a request says the work is due by ("周五前", "by Friday", "截止5月20号"), YYYY-MM-DD, or null. */
export function dueDateIn(text: string, today: DateTime, patterns: RegExp[]): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    const said = m?.groups?.date;
    if (!m || !said) continue;
    // the words around the day help read it ("by Friday" is this week's or the next; "Friday" alone is no date)
    if (/月底|月末|end of (the )?month/i.test(said)) return today.endOf('month').toISODate();
    const day = findDate(m[0], today, 'future') ?? findDate(said, today, 'future');
    if (day) return day;
  }
  return null;
}

/**
 * A teammate the request names (opts.assignee) is kept in the case's note ("assignee:Lily" / "负责人:小王"), as the
 * canonical command carries it; a teammate mentioned as a platform user (opts.owner) owns the case ("owner:U123").
 * A day the work is due by (opts.deadlinePatterns) makes the start the day counted back from it (opts.startFor).
 */
export function parseReminderRequest(text: string, now: Date, timeZone: string, opts: RequestOptions = {}): ReminderRequest {
  const { assignee, owner } = opts;
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const caseKind = findKind(text, opts.kindCues);
  const subjectMatch = SUBJECT.exec(text);
  const subject = subjectMatch ? (subjectMatch[1] ?? subjectMatch[3] ?? null) : null;
  const due = caseKind && opts.startFor ? dueDateIn(text, today, opts.deadlinePatterns ?? []) : null;
  // Every kind but the live stream is anchored on something that already happened (flagged, named, opened), unless
  // the message says it is still to come ("名单5月下旬出").
  const ahead = caseKind === 'live-recruiting' || (opts.eventAhead ?? []).some((re) => re.test(text));
  let date = due ? opts.startFor!(caseKind!, due) : findDate(text, today, caseKind === null ? 'nearest' : ahead ? 'future' : 'past');
  const missing: ReminderRequest['missing'] = [];
  if (!caseKind) missing.push('kind');
  // A flag, a listing or a new store without a date is about today; a live stream needs its date.
  if (!date && caseKind && NO_DATE_NEEDED.includes(caseKind)) date = today.toISODate();
  if (!date) missing.push('date');
  if (!caseKind || !date) return { command: null, caseKind, subject, date, missing, canonical: null };
  // With no product or shop named, a teammate's case is named after them, so two teammates' cases stay two cases.
  const subj = subject ?? (assignee ? assignee.replace(/^@/, '').replace(/\s+/g, '-') : caseKind === 'rectification' ? 'product' : caseKind === 'live-recruiting' ? 'live-session' : 'shop');
  const note = assignee ? `${/\p{Script=Han}/u.test(text) ? '负责人' : 'assignee'}:${assignee}` : undefined;
  return {
    command: { kind: 'track', caseKind, subject: subj, start: date, ...(note ? { note } : {}), ...(owner ? { owner } : {}) },
    caseKind,
    subject: subj,
    date,
    missing,
    canonical: `track ${caseKind} ${subj} ${date}${note ? ` ${note}` : ''}${owner ? ` owner:${owner}` : ''}`,
    ...(assignee ? { assignee } : {}),
    ...(owner ? { owner } : {}),
    ...(due ? { due } : {}),
  };
}

/** What a plain-words message asks of the reminders already tracked (the router tells which: rules/routing). */
export type ReminderAction = 'move' | 'snooze' | 'done' | 'cancel' | 'status' | 'update' | 'list';

/** "push it back 2 days", "往后推三天": how far a reminder is moved from where it was, in days, or null. */
export function shiftDays(text: string): number | null {
  const t = text.toLowerCase();
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
  const m = /\b(?:back|out|later|by)\s+(?:by\s+)?(\d{1,2}|an?|one|two|three|four|five|six|seven)\s*(?:more\s+)?(days?|weeks?)\b|\b(\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(?:more\s+)?(days?|weeks?)\s+(?:later|back)\b|(?:往后推|往后挪|推迟|延后|推|挪|晚)\s*(\d{1,2}|[一两二三四五六七八九十])\s*(天|周|个?星期)/.exec(t);
  if (!m) return null;
  const n = m[1] ?? m[3] ?? m[5]!;
  const count = /^\d+$/.test(n) ? Number(n) : (words[n] ?? num(n));
  const unit = m[2] ?? m[4] ?? m[6]!;
  return /^(weeks?|周|个?星期)$/.test(unit) ? count * 7 : count;
}

/**
 * How long a snooze asked in words lasts, as a duration the snooze command takes: "for 2 days", "晚两天", "3 hours
 * later", or up to a day ("until Monday", "明天上午再提醒我": whole days from today, at least one). One day when unsaid.
 */
// a length in free words; the units are the typed command's (time.ts), so "snooze 30 min" and "推迟2小时" read alike in
// words and as a command
const LENGTH_IN_WORDS = new RegExp(`(\\d{1,3}|[一两二三四五六七八九十])\\s*(?:个)?\\s*${LENGTH_UNIT.source}`, 'i');

export function snoozeLength(text: string, now: Date, timeZone: string): string {
  const t = text.toLowerCase();
  const m = LENGTH_IN_WORDS.exec(t);
  const unit = m && unitLetter(m[2]!);
  if (m && unit) return `${num(m[1]!)}${unit}`;
  if (/半\s*(个)?\s*(小时|钟头)|\bhalf an? hour\b/.test(t)) return '30m';
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const until = findDate(t, today, 'future');
  if (until) return `${Math.max(1, Math.round(DateTime.fromISO(until, { zone: timeZone }).diff(today, 'days').days))}d`;
  return '1d';
}

/**
 * The last day a "what's due …" question covers, YYYY-MM-DD: today, tomorrow, this week (up to its Sunday), next week,
 * this month, before a named day. Null when it names no window: then every open deadline is listed.
 */
export function dueWindow(text: string, now: Date, timeZone: string): string | null {
  const t = text.toLowerCase();
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (/今天|今日|\btoday\b|\btonight\b/.test(t)) return today.toISODate();
  if (/明天|明日|明儿|\btomorrow\b/.test(t)) return today.plus({ days: 1 }).toISODate();
  if (/下周|下星期|下个星期|\bnext week\b/.test(t)) return today.plus({ weeks: 1 }).endOf('week').toISODate();
  if (/这周|本周|这个?星期|这礼拜|\bthis week\b/.test(t)) return today.endOf('week').toISODate();
  if (/这个月|本月|月底|月末|\b(this month|end of (the )?month)\b/.test(t)) return today.endOf('month').toISODate();
  if (/下个月|\bnext month\b/.test(t)) return today.plus({ months: 1 }).endOf('month').toISODate();
  const within = /\b(?:in the |within the |over the )?next (\d{1,3}) days?\b|(?:未来|接下来)?(\d{1,3}|[一两二三四五六七八九十])\s*天(?:内|之内|以内)/.exec(t);
  if (within) return today.plus({ days: num(within[1] ?? within[2]!) }).toISODate();
  if (/\b(before|by|until)\b|之前|以前|前/.test(t)) return findDate(t, today, 'future');
  return null;
}

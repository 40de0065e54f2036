import { InputError } from './errors.js';
import { clip, parseCalendarDate, parseDuration, startsWithLength } from './time.js';
import type { CaseKind, ReminderCommand } from './types.js';

/** Words people use for each kind, English and Chinese. Longest match wins, so "违规整改" beats "整改". */
const KIND_WORDS: [string, CaseKind][] = (
  [
    ['rectification', ['rectification', 'rectify', 'pending-rectification', '整改', '待整改', '产品整改', '待整改产品']],
    ['violation-fix', ['violation-fix', 'violation', 'violator', 'fix', '违规整改', '违规修改', '严重违规', '违规名单', '违规']],
    ['offsite-strike', ['offsite-strike', 'offsite', 'off-platform', 'strike', '站外', '拉线下', '引导站外', '站外沟通', '违规记录']],
    ['growth-tasks', ['growth-tasks', 'growth', 'new-merchant', 'newbie', '成长', '成长任务', '新手任务', '新手推荐任务', '新商家']],
    ['live-recruiting', ['live-recruiting', 'live', 'recruiting', 'live-stream', '直播', '直播带岗', '带岗']],
  ] as [CaseKind, string[]][]
)
  .flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, CaseKind]))
  .sort((a, b) => b[0].length - a[0].length);

/** "跟踪整改 P123": the Chinese command word written straight before a Chinese kind word (from KIND_WORDS). */
const ZH_KIND_AFTER_TRACK = new RegExp(`^(跟踪|追踪)((?:${KIND_WORDS.map(([w]) => w).filter((w) => /^[\u4e00-\u9fff]/.test(w)).join('|')}).*)$`);

/** Connecting words around the subject and date ("flagged", "开通于") carry no information. */
const FILLER = new Set(['flagged', 'flag', 'notice', 'noticed', 'notified', 'from', 'start', 'started', 'starting', 'on', 'live', 'date', 'at',
  '标记', '标记于', '通知', '通知于', '开通', '开通于', '直播', '日期', '于', '从']);
/** "owner:U024BE7LH": the platform user id the case is for (a teammate mentioned as a user), not the sender. */
const OWNER = /^owner:([\w.$:-]{1,64})$/i;
const TA_WORDS = new Set(['ta', 'trade-assurance', 'assurance', '信保', '拒绝信保', '信用保障']);

const REF = /^(c?\d{1,9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const DATE_LIKE = /^\d{2,4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?$/;

export function kindList(): string {
  return 'rectification, violation-fix, offsite-strike, growth-tasks, live-recruiting';
}

function unknownKind(word: string): InputError {
  return new InputError(
    `I don't know the case kind "${clip(word)}". Kinds I can track: ${kindList()}.`,
    `无法识别类型“${clip(word)}”。可跟踪的类型：整改、违规整改、站外违规、成长任务、直播带岗。`,
  );
}

export function resolveKind(word: string): CaseKind | undefined {
  const w = word.toLowerCase();
  return KIND_WORDS.find(([alias]) => alias === w)?.[1];
}

/**
 * Recognises reminder commands; returns null for anything else so the router can treat it as a question or draft.
 * A recognised command with bad parts (unknown kind, 2022-02-30, "-3d") throws InputError with a polite message.
 */
export function parseReminderCommand(input: string): ReminderCommand | null {
  const text = input
    .replace(/^\s*(<@[\w.-]+>|@\S+)\s*/, '')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
  if (!text || text.length > 500) return null;

  if (/^(my )?(tasks|cases|deadlines)$|^(我的)?(任务|待办|提醒)(列表)?$/i.test(text)) return { kind: 'tasks' };

  // A command word and one token meant as a case number that is none ("cancel Cx!", "done 123abc", "取消 C-9a"):
  // a polite error that changes nothing, not a draft or a question.
  // After a snooze word, a length ("snooze 1h", "推迟3天") is no case number: the plain-words snooze of the one open
  // case takes it.
  const attempt = /^(done|cancel|undo|reopen|details?|snooze|完成|已完成|取消|撤销|重新打开|详情|推迟|延后)\s*(\S+)(\s+\S+)?$/i.exec(text);
  const snoozesByLength = !!attempt && /^(snooze|推迟|延后)$/i.test(attempt[1]!) && startsWithLength(text.slice(attempt[1]!.length));
  if (attempt && !snoozesByLength && (/^[a-z]/i.test(attempt[1]!) ? /\s/.test(text.slice(attempt[1]!.length, attempt[1]!.length + 1)) : true) && !REF.test(attempt[2]!) && looksLikeRef(attempt[2]!)) {
    throw notARef(attempt[2]!);
  }

  // Latin command words must stand alone ("Tracking no. 123" is not "track"); Chinese ones may run on.
  let m = /^(done\s+|完成\s*|已完成\s*)(\S+)$/i.exec(text);
  if (m && REF.test(m[2]!)) return { kind: 'done', ref: m[2]! };

  m = /^(cancel\s+|取消\s*)(\S+)$/i.exec(text);
  if (m && REF.test(m[2]!)) return { kind: 'cancel', ref: m[2]! };

  m = /^(undo\s+|reopen\s+|撤销\s*|重新打开\s*)(\S+)$/i.exec(text);
  if (m && REF.test(m[2]!)) return { kind: 'reopen', ref: m[2]! };

  // Only "update <case> <date>" is the command; "update 5 units" stays a message.
  m = /^(update\s+|更新\s*)(c?\d{1,9}|[0-9a-f-]{36})\s+(\S+)$/i.exec(text);
  if (m && DATE_LIKE.test(m[3]!)) return { kind: 'update', ref: m[2]!, start: parseCalendarDate(m[3]!) };

  m = /^(details?\s+|详情\s*|查看\s*)(\S+)$/i.exec(text);
  if (m && REF.test(m[2]!)) return { kind: 'details', ref: m[2]! };

  // "推迟3天", "snooze 30 min" are lengths, not case 3 or 30: a number run on into a unit is no case number
  m = /^(snooze\s+|推迟\s*|延后\s*)(c?\d{1,9}|[0-9a-f-]{36})(?!\d)\s*(.*)$/i.exec(text);
  if (m && !startsWithLength(text.slice(m[1]!.length))) {
    const duration = m[3]!.trim() || '1d';
    parseDuration(duration);
    return { kind: 'snooze', ref: m[2]!, duration };
  }

  m = /^(progress\s+|进度\s*)(c?\d{1,9}|[0-9a-f-]{36})\s+(\S+?)\s*[:：]?\s*(-?\d{1,6})(?:\s*\/\s*(\d{1,6}))?$/i.exec(text);
  if (m) {
    const done = Number(m[4]);
    const total = m[5] === undefined ? undefined : Number(m[5]);
    if (done < 0 || (total !== undefined && (total <= 0 || done > total))) {
      throw new InputError(`Progress "${m[4]}${total ? `/${total}` : ''}" does not add up; write done/total, e.g. 7/10.`, `进度“${m[4]}${total ? `/${total}` : ''}”不合理，请写成 完成数/总数，例如 7/10。`);
    }
    return { kind: 'progress', ref: m[2]!, task: m[3]!, done, total };
  }

  // 跟踪/追踪 is the command only before a space or a kind ("跟踪整改 P123"); "追踪号：1Z…" (a tracking number) and
  // "跟踪一下物流" are not commands, as "Tracking no." is not "track".
  m = /^(track(?:\s+|$)|(?:跟踪|追踪)(?:\s+|$))(.*)$/i.exec(text) ?? ZH_KIND_AFTER_TRACK.exec(text);
  if (m) return parseTrack(m[2]!);
  return null;
}

/**
 * A token written as a case number but not a valid one: ASCII, short, and holding a digit ("123abc", "C9x") or a
 * C with symbols ("Cx!", "C#"). Words ("it", "order", "that one") are not, so "cancel it" stays a plain message.
 */
function looksLikeRef(token: string): boolean {
  return token.length <= 16 && /^[\x21-\x7e]+$/.test(token) && (/\d/.test(token) || /^#|^c[a-z]?[^a-z0-9]+$/i.test(token));
}

function notARef(token: string): InputError {
  return new InputError(
    `"${clip(token)}" is not a case number, so nothing was changed. Case numbers look like C12; send "tasks" to see your open cases.`,
    `“${clip(token)}”不是有效的案件编号，没有做任何更改。案件编号形如 C12；发送“我的任务”查看进行中的事项。`,
  );
}

function parseTrack(rest: string): ReminderCommand {
  const usage = new InputError(
    'Please write: track <kind> <subject> <date>, e.g. "track rectification P123 flagged 2022-04-28".',
    '请按格式填写：跟踪 <类型> <对象> <日期>，例如“跟踪 整改 P123 2022-04-28”。',
  );
  if (!rest) throw usage;
  const lower = rest.toLowerCase();
  const hit = KIND_WORDS.find(([alias]) => lower.startsWith(alias) && (/^[\u4e00-\u9fff]/.test(alias) || /^(\s|$)/.test(lower.slice(alias.length))));
  if (!hit) throw unknownKind(rest.split(' ')[0]!);
  const tokens = rest.slice(hit[0].length).trim().split(' ').filter(Boolean);
  let start: string | undefined;
  let strikeType: 'contact' | 'trade-assurance' | undefined;
  let owner: string | undefined;
  const words: string[] = [];
  for (const tok of tokens) {
    if (DATE_LIKE.test(tok)) {
      if (start) throw new InputError('Please give only one date.', '请只填写一个日期。');
      start = parseCalendarDate(tok);
    } else if (TA_WORDS.has(tok.toLowerCase())) strikeType = 'trade-assurance';
    else if (OWNER.test(tok)) {
      if (owner) throw new InputError('Please give only one owner.', '请只填写一个负责人。');
      owner = OWNER.exec(tok)![1]!;
    }
    else if (!FILLER.has(tok.toLowerCase())) words.push(tok);
  }
  if (!start) throw new InputError(`${usage.en} The date is missing.`, `${usage.zh}缺少日期。`);
  const subject = words.shift();
  if (!subject) throw new InputError(`${usage.en} The subject (product id or shop) is missing.`, `${usage.zh}缺少对象（产品编号或店铺）。`);
  const note = words.join(' ') || undefined;
  return { kind: 'track', caseKind: hit[1], subject, start, strikeType, note, ...(owner ? { owner } : {}) };
}

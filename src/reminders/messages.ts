import { dayDiff, isoLocal, localDate } from './time.js';
import type { ReminderRequest } from './natural.js';
import { t } from '../core/lang.js';
import type { Card, CardAction, CardField, Lang, Reply } from '../core/types.js';
import type { DeadlinePolicy } from './policy.js';
import type { CaseKind, CaseView } from './types.js';

const KIND_NAMES: Record<CaseView['kind'], [string, string]> = {
  rectification: ['待整改产品', 'rectification'],
  'violation-fix': ['违规整改', 'violation fix'],
  'offsite-strike': ['站外沟通违规', 'off-platform strike'],
  'growth-tasks': ['新手任务', 'growth tasks'],
  'live-recruiting': ['直播带岗', 'live recruiting'],
};

export const kindName = (lang: Lang, kind: CaseView['kind']) => t(lang, ...KIND_NAMES[kind]);
export const label = (c: CaseView) => `C${c.shortId}`;

export function caseActions(lang: Lang, c: CaseView): CardAction[] {
  return [
    { id: 'done', label: t(lang, '已完成', 'Done'), value: c.id },
    { id: 'snooze', label: t(lang, '推迟1天', 'Snooze 1 day'), value: c.id },
    { id: 'details', label: t(lang, '详情', 'Details'), value: c.id },
  ];
}

/** `iso` carries its offset; re-expressed in `zone` (a no-op for case times, which are stored in the case zone). */
export function formatLocal(iso: string, zone: string, lang: Lang): string {
  const local = isoLocal(new Date(iso), zone).slice(0, 16).replace('T', ' ');
  return lang === 'zh' ? `${local}（${zone}）` : `${local} (${zone})`;
}

/** Whole calendar days from today to the deadline day, in the case's zone (0 = today, negative = overdue). */
export function daysLeft(c: CaseView, now: Date): number {
  return dayDiff(localDate(now, c.timeZone), isoLocal(new Date(c.deadline), c.timeZone).slice(0, 10));
}

export function whenText(lang: Lang, days: number): string {
  if (days > 1) return t(lang, `还剩 ${days} 天`, `${days} days left`);
  if (days === 1) return t(lang, '明天截止', 'due tomorrow');
  if (days === 0) return t(lang, '今天截止', 'due today');
  return t(lang, `已逾期 ${-days} 天`, `${-days} day${days === -1 ? '' : 's'} overdue`);
}

export function progressText(lang: Lang, c: CaseView, policy: DeadlinePolicy): string | undefined {
  if (!c.progress || !policy.tasks) return undefined;
  return policy.tasks
    .map((task) => {
      const p = c.progress![task.key] ?? { done: 0, total: task.total };
      return `${p.done >= p.total ? '✅' : '⬜'} ${t(lang, task.zh, task.en)} ${p.done}/${p.total}`;
    })
    .join('\n');
}

export function strikeText(lang: Lang, c: CaseView, policy: DeadlinePolicy): string | undefined {
  if (!c.strike || !policy.strikes) return undefined;
  const rung = (n: number) => [...policy.strikes!].reverse().find((r) => r.from <= n)!;
  const say = (n: number) => {
    const r = rung(n);
    if (c.strike!.type === 'trade-assurance' && r.tradeAssuranceZh) return t(lang, r.tradeAssuranceZh, r.tradeAssuranceEn ?? r.tradeAssuranceZh);
    return t(lang, r.zh, r.en);
  };
  const n = c.strike.number;
  return t(
    lang,
    `这是店铺 ${c.subject} 的第 ${n} 次违规记录：${say(n)}。下一次：${say(n + 1)}。`,
    `This is strike ${n} for shop ${c.subject}: ${say(n)}. The next one: ${say(n + 1)}.`,
  );
}

/** A case's note as a line: who it is for ("assignee:Lily", "负责人:小王", set by a reminder asked for a teammate), or the note. */
export function noteText(lang: Lang, note: string | undefined): string | undefined {
  if (!note) return undefined;
  const who = /^(?:assignee|负责人)[:：]\s*(.+)$/i.exec(note);
  return who ? t(lang, `负责人：${who[1]}`, `Assignee: ${who[1]}`) : t(lang, `备注：${note}`, `Note: ${note}`);
}

function baseFields(lang: Lang, c: CaseView, policy: DeadlinePolicy): CardField[] {
  const fields: CardField[] = [
    { label: t(lang, policy.anchor.zh, policy.anchor.en), value: c.start },
    { label: t(lang, '截止时间', 'Deadline'), value: formatLocal(c.deadline, c.timeZone, lang) },
    { label: t(lang, '后果', 'Consequence'), value: t(lang, policy.consequence, policy.consequenceEn) },
  ];
  const progress = progressText(lang, c, policy);
  if (progress) fields.push({ label: t(lang, '进度', 'Progress'), value: progress });
  return fields;
}

/** The nudge itself, rendered at send time so it reflects the case as it is then. */
export function nudgeReply(lang: Lang, c: CaseView, policy: DeadlinePolicy, purpose: string, now: Date): Reply {
  const days = daysLeft(c, now);
  const strike = strikeText(lang, c, policy);
  const title =
    purpose === 'notice'
      ? t(lang, `⚠️ ${label(c)} ${kindName(lang, c.kind)}：${c.subject}`, `⚠️ ${label(c)} ${kindName(lang, c.kind)}: ${c.subject}`)
      : t(lang, `⏰ ${label(c)} ${kindName(lang, c.kind)} ${c.subject}：${whenText(lang, days)}`, `⏰ ${label(c)} ${kindName(lang, c.kind)} ${c.subject}: ${whenText(lang, days)}`);
  const body = [noteText(lang, c.note), strike, t(lang, policy.action, policy.actionEn)].filter(Boolean).join('\n');
  const card: Card = {
    title,
    tone: days < 0 ? 'danger' : days <= 1 || purpose === 'notice' ? 'warning' : 'info',
    body,
    fields: baseFields(lang, c, policy),
    actions: caseActions(lang, c),
    footer: t(lang, '来源：2022年4月商家场发布会', 'Source: April 2022 merchant briefing'),
  };
  const text = [title, body, `${card.fields![1]!.label}: ${card.fields![1]!.value}`, `${card.fields![2]!.label}: ${card.fields![2]!.value}`].join('\n');
  return { lang, text, card, kind: 'reminder' };
}

export function trackedReply(lang: Lang, c: CaseView, policy: DeadlinePolicy, updated = false): Reply {
  const next = c.pendingNudges[0];
  const title = updated
    ? t(lang, `已更新 ${label(c)}：${kindName(lang, c.kind)} ${c.subject}，起始日期 ${c.start}`, `Updated ${label(c)}: ${kindName(lang, c.kind)} ${c.subject}, from ${c.start}`)
    : t(lang, `已开始跟踪 ${label(c)}：${kindName(lang, c.kind)} ${c.subject}`, `Tracking ${label(c)}: ${kindName(lang, c.kind)} ${c.subject}`);
  const strike = strikeText(lang, c, policy);
  const nextLine = next
    ? t(lang, `下次提醒：${formatLocal(next, c.timeZone, lang)}`, `Next reminder: ${formatLocal(next, c.timeZone, lang)}`)
    : t(lang, '所有提醒时间均已过去，不会再发送提醒。', 'Every reminder time has already passed; no reminders will be sent.');
  const body = [noteText(lang, c.note), strike, nextLine].filter(Boolean).join('\n');
  return {
    lang,
    kind: 'command',
    text: `${title}\n${body}\n${t(lang, '截止时间', 'Deadline')}: ${formatLocal(c.deadline, c.timeZone, lang)}`,
    card: { title, tone: 'info', body, fields: baseFields(lang, c, policy), actions: caseActions(lang, c) },
  };
}

export function detailsReply(lang: Lang, c: CaseView, policy: DeadlinePolicy): Reply {
  const title = `${label(c)} ${t(lang, policy.title, policy.titleEn)} — ${c.subject}`;
  const fields = baseFields(lang, c, policy);
  fields.push({ label: t(lang, '要做什么', 'What to do'), value: t(lang, policy.action, policy.actionEn) });
  if (policy.slots) fields.push({ label: t(lang, '名额', 'Slots'), value: String(policy.slots) });
  if (policy.regions) fields.push({ label: t(lang, '限定地区', 'Eligible regions'), value: policy.regions.join(t(lang, '、', ', ')) });
  if (policy.merchantTypes) fields.push({ label: t(lang, '活动对象', 'Who can join'), value: t(lang, policy.merchantTypes.zh, policy.merchantTypes.en) });
  const strike = strikeText(lang, c, policy);
  if (strike) fields.push({ label: t(lang, '违规记录', 'Strike record'), value: strike });
  fields.push({ label: t(lang, '状态', 'Status'), value: statusText(lang, c.status) });
  fields.push({
    label: t(lang, '提醒计划', 'Reminder schedule'),
    value: c.pendingNudges.length ? c.pendingNudges.map((n) => formatLocal(n, c.timeZone, lang)).join('\n') : t(lang, '无待发送提醒', 'none pending'),
  });
  // The section title and the briefing's own words, not line numbers nobody can open.
  const sources = `${t(lang, `发布会《${policy.title}》`, `briefing, "${policy.titleEn}"`)}: ${policy.sources.map((s) => `「${s.quote}」`).join(' ')}`;
  const text = [title, ...fields.map((f) => `${f.label}: ${f.value}`), t(lang, `来源：${sources}`, `Source: ${sources}`)].join('\n');
  return {
    lang,
    kind: 'command',
    text,
    card: { title, tone: 'info', fields, actions: c.status === 'open' ? caseActions(lang, c) : undefined, footer: t(lang, `来源：${sources}`, `Source: ${sources}`) },
  };
}

export function statusText(lang: Lang, s: CaseView['status']): string {
  return s === 'open' ? t(lang, '进行中', 'open') : s === 'done' ? t(lang, '已完成', 'done') : t(lang, '已取消', 'cancelled');
}

export function listReply(lang: Lang, cases: CaseView[], now: Date, heading: { zh: string; en: string }, kind: Reply['kind'] = 'command'): Reply {
  const title = t(lang, heading.zh, heading.en);
  if (!cases.length) {
    const none = t(lang, '没有进行中的截止事项。', 'No open deadlines.');
    return { lang, kind, text: `${title}\n${none}`, card: { title, tone: 'ok', body: none } };
  }
  const sorted = [...cases].sort((a, b) => a.deadline.localeCompare(b.deadline));
  const shown = sorted.slice(0, 25);
  const lines = shown.map((c) => `${label(c)} ${kindName(lang, c.kind)} ${c.subject} — ${c.deadline.slice(0, 10)} (${whenText(lang, daysLeft(c, now))})`);
  if (sorted.length > shown.length) lines.push(t(lang, `……另有 ${sorted.length - shown.length} 项`, `…and ${sorted.length - shown.length} more`));
  const overdue = sorted.some((c) => daysLeft(c, now) < 0);
  return {
    lang,
    kind,
    text: [title, ...lines].join('\n'),
    card: {
      title,
      tone: overdue ? 'danger' : 'warning',
      fields: shown.map((c) => ({ label: `${label(c)} ${kindName(lang, c.kind)} ${c.subject}`, value: `${formatLocal(c.deadline, c.timeZone, lang)} · ${whenText(lang, daysLeft(c, now))}` })),
      body: sorted.length > shown.length ? lines[lines.length - 1] : undefined,
    },
  };
}

export function simpleReply(lang: Lang, zh: string, en: string, kind: Reply['kind'] = 'command', tone: Card['tone'] = 'ok'): Reply {
  const text = t(lang, zh, en);
  return { lang, kind, text, card: { title: text, tone } };
}

/** The one-step confirmation of a reminder asked for in plain words: what would be tracked, and a yes button. */
export function proposalReply(lang: Lang, req: ReminderRequest, deadline?: { date: string; daysLeft: number }): Reply {
  const kind = kindName(lang, req.caseKind!);
  // "几号截止？到时候提醒我": the deadline the case would have is shown before it is created.
  const due = deadline ? `${deadline.date}（${whenText(lang, deadline.daysLeft)}）` : '';
  const dueEn = deadline ? `${deadline.date} (${whenText(lang, deadline.daysLeft)})` : '';
  // A reminder for a teammate names them in the reminder text. Mentioned as a platform user, the teammate owns the case
  // and gets the reminders; named only, no Haili user is linked to the name, so the reminders come to the one who asked.
  const forWhom = !req.assignee
    ? ''
    : req.owner
      ? t(lang, `\n负责人：${req.assignee}（已关联到用户 ${req.owner}：案件归 TA，提醒直接发给 TA；您也可以关闭或推迟）`, `\nAssignee: ${req.assignee} (linked to user ${req.owner}: the case is theirs and the reminders go to them; you can still close or snooze it)`)
      : t(lang, `\n负责人：${req.assignee}（提醒里会写明负责人；${req.assignee} 没有关联的 Haili 用户，提醒会发给您来转达）`, `\nAssignee: ${req.assignee} (named in the reminder text; ${req.assignee} is not linked to a Haili user, so the reminders come to you to pass on)`);
  // "周五前整改" / "by Friday" names the deadline: the start shown is counted back from it, and says so
  const dateZh = req.due ? `${req.date}（按您给的截止日 ${req.due} 倒推，截止日正好是 ${req.due}）` : `${req.date}`;
  const dateEn = req.due ? `${req.date} (counted back from the deadline you gave, ${req.due}, so the case is due that day)` : `${req.date}`;
  const text = t(
    lang,
    `要我创建这个提醒吗？\n类型：${kind}\n对象：${req.subject}\n日期：${dateZh}${due ? `\n截止：${due}` : ''}${forWhom}\n回复「确认」创建，或发送：${req.canonical}`,
    `Shall I track this?\nKind: ${kind}\nSubject: ${req.subject}\nDate: ${dateEn}${dueEn ? `\nDeadline: ${dueEn}` : ''}${forWhom}\nReply "yes" to create it, or send: ${req.canonical}`,
  );
  return {
    lang,
    kind: 'reminder',
    text,
    card: {
      title: t(lang, '确认创建提醒', 'Confirm the reminder'),
      tone: 'info',
      fields: [
        { label: t(lang, '类型', 'Kind'), value: kind },
        { label: t(lang, '对象', 'Subject'), value: req.subject ?? '' },
        { label: t(lang, '日期', 'Date'), value: t(lang, dateZh, dateEn) },
        ...(deadline ? [{ label: t(lang, '截止', 'Deadline'), value: t(lang, due, dueEn) }] : []),
        ...(req.assignee
          ? [{ label: t(lang, '负责人', 'Assignee'), value: req.owner ? t(lang, `${req.assignee}（已关联到用户 ${req.owner}，提醒直接发给 TA）`, `${req.assignee} (linked to user ${req.owner}; the reminders go to them)`) : t(lang, `${req.assignee}（未关联用户，提醒发给您来转达）`, `${req.assignee} (not linked to a user; the reminders come to you to pass on)`) }]
          : []),
      ],
      actions: [{ id: 'confirm', label: t(lang, '确认创建', 'Yes, track it'), value: req.canonical! }],
      footer: t(lang, `或发送：${req.canonical}`, `Or send: ${req.canonical}`),
    },
  };
}

/** A reminder request missing its kind or date: say what is missing and how to write it. */
export function needsMoreReply(lang: Lang, req: ReminderRequest): Reply {
  const parts: string[] = [];
  if (req.missing.includes('kind')) parts.push(t(lang, '提醒类型（整改、违规整改、成长任务、直播带岗）', 'the kind (rectification, violation fix, growth tasks, live recruiting)'));
  if (req.missing.includes('date')) parts.push(t(lang, '日期（例如 5月20日、下周五、2026-12-15）', 'the date (e.g. May 20, next Friday, 2026-12-15)'));
  const text = t(
    lang,
    `我可以帮您设提醒，但还缺少：${parts.join('；')}。\n例如：「提醒我 P888 直播带岗 5月20日直播」，或「跟踪 整改 P123 2026-12-01」。`,
    `I can set that reminder, but I still need ${parts.join(' and ')}.\nFor example: "remind me: live recruiting P888, live on May 20", or "track rectification P123 2026-12-01".`,
  );
  return { lang, kind: 'reminder', text, card: { title: t(lang, '还差一点信息', 'A little more, please'), tone: 'info', body: text } };
}

/**
 * Done: the card that replaces the clicked one, with Undo for a short while. Undo is a reroute button: the click
 * replays "undo <id>" as if typed, so every platform handles it like the typed command.
 */
export function doneReply(lang: Lang, c: CaseView, undoMinutes: number): Reply {
  const title = t(lang, `✅ ${label(c)} ${c.subject} 已完成，提醒已停止。`, `✅ ${label(c)} ${c.subject} is done; reminders stopped.`);
  const body = t(lang, `点错了？${undoMinutes} 分钟内可以撤销。`, `Clicked by mistake? You can undo this for ${undoMinutes} minutes.`);
  return {
    lang,
    kind: 'command',
    text: `${title}\n${t(lang, `${undoMinutes} 分钟内可发送 “undo ${label(c)}” 撤销。`, `Send "undo ${label(c)}" within ${undoMinutes} minutes to undo.`)}`,
    card: { title, tone: 'ok', body, actions: [{ id: 'reroute', label: t(lang, '撤销', 'Undo'), value: `undo ${c.id}` }] },
  };
}

export function snoozedReply(lang: Lang, c: CaseView, when: string): Reply {
  const text = t(lang, `😴 ${label(c)} 的提醒已推迟到 ${when}。截止时间不变：${c.deadline.slice(0, 10)}。`, `😴 Reminders for ${label(c)} moved to ${when}. The deadline stays ${c.deadline.slice(0, 10)}.`);
  // Still open: the card keeps Done and Details, so it stays the one place to act on the case.
  return { lang, kind: 'command', text, card: { title: text, tone: 'info', actions: caseActions(lang, c).filter((a) => a.id !== 'snooze') } };
}

/** A click on a card whose case was closed meanwhile: say so, and offer nothing that would fail. */
export function cancelledReply(lang: Lang, c: CaseView): Reply {
  const text = t(lang, `🗑 ${label(c)} ${kindName(lang, c.kind)} ${c.subject} 已取消，提醒已停止。`, `🗑 ${label(c)} ${kindName(lang, c.kind)} ${c.subject} is cancelled; reminders stopped.`);
  return { lang, kind: 'command', text, card: { title: text, tone: 'ok' } };
}

/** The command a plain-words action stands for, to type for one case ("done C2", "snooze C2 2d"). */
function actionCommand(action: 'done' | 'cancel' | 'snooze' | 'status' | 'update', c: CaseView, opts: { duration?: string; start?: string }): string {
  if (action === 'status') return `details ${label(c)}`;
  if (action === 'snooze') return `snooze ${label(c)} ${opts.duration ?? '1d'}`;
  if (action === 'update') return `update ${label(c)} ${opts.start ?? 'YYYY-MM-DD'}`;
  return `${action} ${label(c)}`;
}

/** A plain-words done / cancel / snooze that names no open case of the asker: say so, and what is open instead. */
export function noOpenCaseReply(lang: Lang, kind: CaseKind | null, open: CaseView[]): Reply {
  const what = kind ? t(lang, `进行中的「${kindName(lang, kind)}」事项`, `open ${kindName(lang, kind)} case`) : t(lang, '进行中的事项', 'open case');
  const head = t(lang, `您没有${what}。`, `You have no ${what}.`);
  const rest = open.length
    ? t(lang, `您进行中的事项：${open.map((c) => `${label(c)} ${kindName(lang, c.kind)} ${c.subject}`).join('、')}`, `Your open cases: ${open.map((c) => `${label(c)} ${kindName(lang, c.kind)} ${c.subject}`).join(', ')}`)
    : t(lang, '要开始跟踪，请告诉我类型和日期，例如「跟踪 整改 P123 2026-12-01」。', 'To track one, tell me the kind and the date, e.g. "track rectification P123 2026-12-01".');
  const text = `${head}\n${rest}`;
  return { lang, kind: 'reminder', text, card: { title: head, tone: 'info', body: rest } };
}

/** A plain-words action that fits several open cases (or a re-date, always offered): the cases with the command for each. */
export function whichCaseReply(lang: Lang, action: 'done' | 'cancel' | 'snooze' | 'status' | 'update', cases: CaseView[], now: Date, opts: { duration?: string; start?: string } = {}): Reply {
  const title =
    action === 'update'
      ? t(lang, `要把起始日期改成${opts.start ? ` ${opts.start}` : '哪天'}吗？（截止时间按规则从起始日期算起）`, `Move the start date${opts.start ? ` to ${opts.start}` : ''}? (The deadline is counted from the start date.)`)
      : t(lang, '是哪一个？', 'Which one?');
  const lines = cases.map((c) => {
    const line = `${label(c)} ${kindName(lang, c.kind)} ${c.subject} — ${c.deadline.slice(0, 10)} (${whenText(lang, daysLeft(c, now))})`;
    return t(lang, `${line}：发送 ${actionCommand(action, c, opts)}`, `${line}: send ${actionCommand(action, c, opts)}`);
  });
  return { lang, kind: 'reminder', text: [title, ...lines].join('\n'), card: { title, tone: 'info', body: lines.join('\n') } };
}

export function alreadyClosedReply(lang: Lang, c: CaseView): Reply {
  const text = t(lang, `${label(c)} ${c.subject} 已${statusText(lang, c.status)}，无需再操作。`, `${label(c)} ${c.subject} is already ${statusText(lang, c.status)}; nothing more to do.`);
  return { lang, kind: 'command', text, card: { title: text, tone: 'ok' } };
}

export function reopenedReply(lang: Lang, c: CaseView, policy: DeadlinePolicy, reopened: boolean): Reply {
  const title = reopened
    ? t(lang, `↩️ 已撤销：${label(c)} ${c.subject} 重新打开，提醒照常发送。`, `↩️ Undone: ${label(c)} ${c.subject} is open again and its reminders resume.`)
    : t(lang, `${label(c)} ${c.subject} 仍在进行中。`, `${label(c)} ${c.subject} is still open.`);
  return { lang, kind: 'command', text: title, card: { title, tone: 'info', fields: baseFields(lang, c, policy), actions: caseActions(lang, c) } };
}

/** Tracking the same kind and subject again: show the open case and offer to move it to the new date. */
export function duplicateReply(lang: Lang, c: CaseView, start: string): Reply {
  const title = t(lang, `${label(c)} 已在跟踪 ${kindName(lang, c.kind)} ${c.subject}`, `${label(c)} already tracks ${kindName(lang, c.kind)} ${c.subject}`);
  const same = start === c.start;
  const body = same
    ? t(lang, `起始日期同为 ${c.start}，没有重复创建。`, `It already starts ${c.start}; nothing was duplicated.`)
    : t(lang, `现有案件的起始日期是 ${c.start}。要改为 ${start} 吗？截止时间和提醒会按新日期重新计算。`, `The open case starts ${c.start}. Move it to ${start}? The deadline and reminders are recalculated from the new date.`);
  const update = `update ${label(c)} ${start}`;
  return {
    lang,
    kind: 'command',
    text: `${title}\n${body}${same ? '' : '\n' + t(lang, `发送 “${update}” 确认。`, `Send "${update}" to confirm.`)}`,
    card: {
      title,
      tone: 'warning',
      body,
      fields: [{ label: t(lang, '截止时间', 'Deadline'), value: formatLocal(c.deadline, c.timeZone, lang) }],
      actions: same
        ? caseActions(lang, c).filter((a) => a.id === 'details')
        : [{ id: 'reroute', label: t(lang, `改为 ${start}`, `Move to ${start}`), value: `update ${c.id} ${start}` }, ...caseActions(lang, c).filter((a) => a.id === 'details')],
    },
  };
}

/** Someone else's case: who it belongs to and what they can do instead; nothing changes. */
export function notYoursReply(lang: Lang, c: CaseView): Reply {
  const who = c.owner ?? t(lang, '接收提醒的会话', 'the conversation its reminders go to');
  const text = t(
    lang,
    `抱歉，${label(c)} ${c.subject} 属于 ${who}，只有本人或管理员（HAILI_ADMINS）可以完成或推迟它。可以发送 “details ${label(c)}” 查看详情。`,
    `Sorry, ${label(c)} ${c.subject} belongs to ${who}; only they or an admin (HAILI_ADMINS) can close or snooze it. Send "details ${label(c)}" to see it.`,
  );
  return { lang, kind: 'error', text, card: { title: t(lang, '这不是您的案件', 'Not your case'), tone: 'warning', body: text } };
}

/**
 * A date change asked in words, before it is made: the case, what changes and what stays, the one word that makes
 * it, and the command it runs. 'date' re-anchors the case (new deadline, reminders planned again); 'reminder' moves
 * the next reminder only (the deadline stays).
 */
export function moveProposalReply(
  lang: Lang,
  c: CaseView,
  change: { what: 'date'; start: string; deadline: string; command: string } | { what: 'reminder'; at: string; command: string },
): Reply {
  const name = `${label(c)}（${kindName(lang, c.kind)} ${c.subject}）`;
  const nameEn = `${label(c)} (${kindName(lang, c.kind)} ${c.subject})`;
  const due = c.deadline.slice(0, 10);
  const title =
    change.what === 'date'
      ? t(lang, `要把 ${name} 的日期从 ${c.start} 改为 ${change.start} 吗？`, `Change the date of ${nameEn} from ${c.start} to ${change.start}?`)
      : t(lang, `要把 ${name} 的下次提醒改到 ${change.at} 吗？`, `Move the next reminder for ${nameEn} to ${change.at}?`);
  const late = change.what === 'reminder' && change.at.slice(0, 10) > due;
  const body =
    change.what === 'date'
      ? t(lang, `截止时间将变为 ${change.deadline}，提醒按新日期重新安排。`, `The deadline becomes ${change.deadline}, and the reminders are planned again from the new date.`)
      : t(lang, `截止时间不变：${due}。${late ? '注意：这已晚于截止时间。' : ''}`, `The deadline stays ${due}.${late ? ' Note: that is after the deadline.' : ''}`);
  const how = t(lang, `回复「确认」修改，或发送：${change.command}`, `Reply "yes" to change it, or send: ${change.command}`);
  return {
    lang,
    kind: 'reminder',
    text: `${title}\n${body}\n${how}`,
    card: {
      title,
      tone: late ? 'warning' : 'info',
      body,
      actions: [{ id: 'confirm', label: t(lang, '确认修改', 'Yes, change it'), value: change.command }],
      footer: t(lang, `或发送：${change.command}`, `Or send: ${change.command}`),
    },
  };
}

/** A case number given in a message that is not the asker's open case: nothing changes, and what to send instead. */
export function caseNotChangedReply(lang: Lang, ref: string, why: 'not-found' | 'closed'): Reply {
  const reason = why === 'closed' ? t(lang, `${ref} 已关闭`, `${ref} is already closed`) : t(lang, `找不到您的案件 ${ref}`, `I can't find your case ${ref}`);
  return { lang, kind: 'error', text: t(lang, `${reason}，没有做任何更改。发送“我的任务”查看进行中的事项。`, `${reason}, so nothing was changed. Send "tasks" to see your open cases.`) };
}

/** A reminder moved to a time already gone: nothing changes. */
export function timePassedReply(lang: Lang, at: string): Reply {
  return { lang, kind: 'error', text: t(lang, `${at} 已经过去了，没有做任何更改。`, `${at} has already passed, so nothing was changed.`) };
}

/** "Yes" with no proposal waiting. */
export function nothingToConfirmReply(lang: Lang): Reply {
  return { lang, kind: 'error', text: t(lang, '没有等待确认的提醒。', 'There is no reminder waiting for confirmation.') };
}

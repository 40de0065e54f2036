import type { ActionId, Card, CardAction, Highlight, Lang, Reply } from '../../core/types.js';
import { t } from '../../core/lang.js';

/** Platform-neutral DingTalk message before it is shaped for the webhook or the OpenAPI. */
export interface DingMessage {
  title: string;
  markdown: string;
  buttons: { title: string; url: string }[];
}

/** The OpenAPI robot form: msgKey plus its parameters (sent as a JSON string). */
export interface RobotMessage {
  msgKey: string;
  msgParam: Record<string, string>;
}

const TONE_EMOJI: Record<Card['tone'], string> = { danger: '⛔', warning: '⚠️', ok: '✅', info: 'ℹ️' };

/** DingTalk caps markdown bodies (about 5 000 characters in practice); leave room for the card frame. */
const MAX_MARKDOWN = 4_500;
/** Per-part budgets so a 100 KB rewrite cannot push the highlighted evidence out of the card. */
const MAX_QUOTE = 1_200;
const MAX_BODY = 1_000;
const MAX_FIELD = 240;
const MAX_FIELDS = 8;
/** sampleActionCard5 is the largest vertical button card the robot API offers. */
const MAX_BUTTONS = 5;

/**
 * Button clicks on a plain actionCard can only open links. A dtmd:// sendMessage link makes the click
 * send "done C12" as the user's own chat message, which the router already understands.
 */
export function actionLink(action: ActionId, value: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(actionCommand(action, value))}`;
}

/** The chat message a button stands for: a reroute button ("source 3.2", "check <text>") is its value as typed. */
export function actionCommand(action: ActionId, value: string): string {
  return action === 'reroute' ? value : `${action} ${value}`;
}

/**
 * In a group DingTalk only delivers messages that @mention the robot, and a dtmd:// click posts plain
 * text without the mention, so group cards spell the commands out instead of offering dead buttons.
 */
export function renderReply(reply: Reply, where: { group: boolean } = { group: false }): DingMessage {
  const card = reply.card;
  if (!card) {
    return { title: titleFrom(reply.text), markdown: clip(hardBreaks(reply.text || ' '), MAX_MARKDOWN), buttons: [] };
  }
  const parts: string[] = [`#### ${TONE_EMOJI[card.tone]} ${escapeInline(card.title)}`];
  // Card text is plain text (it quotes policy passages that contain `*`), so it is escaped like the draft.
  if (card.body) parts.push(hardBreaks(escapeInline(clip(card.body, MAX_BODY))));
  if (card.fields?.length) {
    const fields = card.fields.slice(0, MAX_FIELDS);
    parts.push(fields.map((f) => `**${escapeInline(clip(f.label, 60))}**：${hardBreaks(escapeInline(clip(f.value, MAX_FIELD)))}`).join('  \n'));
  }
  if (card.quoted?.text) parts.push(quote(card.quoted.text, card.quoted.highlights));
  // The rewrite set apart as its own quote under its label, so it can be long-pressed and copied on its own.
  if (card.rewrite) parts.push(`**${escapeInline(card.rewrite.label)}**  \n${quote(card.rewrite.text, [])}`);
  const actions = (card.actions ?? []).slice(0, MAX_BUTTONS);
  if (where.group && actions.length) parts.push(commandHint(reply.lang, actions));
  if (card.footer) parts.push(`*${escapeInline(card.footer)}*`);
  const buttons = where.group ? [] : actions.map((a) => ({ title: a.label, url: actionLink(a.id, a.value) }));
  return { title: `${TONE_EMOJI[card.tone]} ${card.title}`.slice(0, 60), markdown: clip(parts.join('\n\n'), MAX_MARKDOWN), buttons };
}

/**
 * The variables an interactive-card template gets (all strings, as the card platform requires): `title`, `tone`,
 * `markdown`, `buttons` (JSON list of {text, action, value}) and, for templates without loops, `btnCount` and
 * btn1_text/btn1_action/btn1_value … btn5_*. A button in the template sends its action and value back as the
 * callback params `action` and `value`.
 */
export function cardParams(reply: Reply): Record<string, string> {
  const m = renderReply({ ...reply, card: reply.card ? { ...reply.card, actions: [] } : undefined });
  const actions = (reply.card?.actions ?? []).slice(0, MAX_BUTTONS);
  const params: Record<string, string> = {
    title: m.title,
    tone: reply.card?.tone ?? 'info',
    markdown: m.markdown,
    buttons: JSON.stringify(actions.map((a) => ({ text: a.label, action: a.id, value: a.value }))),
    btnCount: String(actions.length),
  };
  for (let i = 0; i < MAX_BUTTONS; i++) {
    const a = actions[i];
    params[`btn${i + 1}_text`] = a?.label ?? '';
    params[`btn${i + 1}_action`] = a?.id ?? '';
    params[`btn${i + 1}_value`] = a?.value ?? '';
  }
  return params;
}

/** Session webhook body: markdown, or actionCard when there are buttons. */
export function webhookBody(m: DingMessage): Record<string, unknown> {
  if (m.buttons.length === 0) return { msgtype: 'markdown', markdown: { title: m.title, text: m.markdown } };
  return {
    msgtype: 'actionCard',
    actionCard: { title: m.title, text: m.markdown, btnOrientation: '0', btns: m.buttons.map((b) => ({ title: b.title, actionURL: b.url })) },
  };
}

/** OpenAPI robot body: sampleMarkdown, sampleActionCard (one button) or sampleActionCard2..5. */
export function robotMessage(m: DingMessage): RobotMessage {
  const b = m.buttons;
  if (b.length === 0) return { msgKey: 'sampleMarkdown', msgParam: { title: m.title, text: m.markdown } };
  if (b.length === 1) return { msgKey: 'sampleActionCard', msgParam: { title: m.title, text: m.markdown, singleTitle: b[0]!.title, singleURL: b[0]!.url } };
  const msgParam: Record<string, string> = { title: m.title, text: m.markdown };
  b.forEach((btn, i) => {
    msgParam[`actionTitle${i + 1}`] = btn.title;
    msgParam[`actionURL${i + 1}`] = btn.url;
  });
  return { msgKey: `sampleActionCard${b.length}`, msgParam };
}

function commandHint(lang: Lang, actions: CardAction[]): string {
  const list = actions.map((a) => `${escapeInline(a.label)}：\`${clip(actionCommand(a.id, a.value).replace(/`/g, ''), 120)}\``).join('  \n');
  return `${t(lang, '在群里请 @我 并发送：', 'In a group, @mention me with:')}  \n${list}`;
}

/** The draft as a blockquote, highlighted spans in bold; the draft is untrusted so it is escaped. */
function quote(text: string, highlights: Highlight[]): string {
  // A long draft is shown as a window that starts a little before its first highlight.
  const first = Math.min(...highlights.map((h) => h.start).filter((n) => n >= 0 && n < text.length), text.length);
  const from = text.length > MAX_QUOTE ? safeIndex(text, Math.max(0, Math.min(first - 200, text.length - MAX_QUOTE))) : 0;
  const shown = clip(text.slice(from), MAX_QUOTE, '');
  const spans = highlights
    .map((h) => ({ start: Math.max(0, Math.floor(h.start) - from), end: Math.min(shown.length, Math.floor(h.end) - from) }))
    // Offsets that fall inside an emoji's surrogate pair widen to the whole emoji.
    .map((h) => ({ start: safeIndex(shown, h.start), end: Math.min(shown.length, isHighSurrogate(shown, h.end - 1) ? h.end + 1 : h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const h of spans) {
    if (h.start < pos) continue; // overlapping spans: keep the first
    out += escapeInline(shown.slice(pos, h.start));
    // Bold cannot cross a line break in markdown, so each highlighted line is bolded on its own.
    out += shown
      .slice(h.start, h.end)
      .split('\n')
      .map((line) => (line.trim() ? `**${escapeInline(line)}**` : line))
      .join('\n');
    pos = h.end;
  }
  out += escapeInline(shown.slice(pos));
  if (from > 0) out = `… ${out}`;
  if (from + shown.length < text.length) out += ' …';
  return out
    .split('\n')
    .map((line) => `> ${line}`)
    .join('  \n');
}

/** Neutralises markdown and HTML in untrusted text so a draft cannot restyle or add links to the card. */
export function escapeInline(s: string): string {
  return s
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2');
}

function hardBreaks(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\n/g, '  \n');
}

function titleFrom(text: string): string {
  const first = (text.split('\n').find((l) => l.trim()) ?? 'Haili').trim();
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

/** Cuts at `max` UTF-16 units without splitting an emoji's surrogate pair. */
function clip(s: string, max: number, ellipsis = '…'): string {
  return s.length > max ? `${s.slice(0, safeIndex(s, max))}${ellipsis}` : s;
}

/** The nearest index at or before `i` that does not split a surrogate pair. */
function safeIndex(s: string, i: number): number {
  return isHighSurrogate(s, i - 1) ? i - 1 : i;
}

function isHighSurrogate(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff;
}

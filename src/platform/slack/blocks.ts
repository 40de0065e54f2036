import type { Card, Highlight, Reply } from '../../core/types.js';

/** Loose Block Kit shapes: Slack validates the JSON, and these are the only blocks Haili sends. */
export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

// Slack's documented limits; exceeding them makes chat.postMessage fail with invalid_blocks.
const LIMIT = { header: 150, section: 3000, field: 2000, fields: 10, button: 75, value: 2000, blocks: 50, text: 39_000, context: 2000 };

const TONE_EMOJI: Record<Card['tone'], string> = { danger: '🚫', warning: '⚠️', ok: '✅', info: 'ℹ️' };

/** Action ids carried by buttons; the click comes back as `haili_<id>`. */
export const ACTION_PREFIX = 'haili_';

/** Renders a Reply as a Slack message: Block Kit for cards, mrkdwn for plain text, reply.text always as fallback. */
export function renderReply(reply: Reply): SlackMessage {
  const text = cut(reply.text || ' ', LIMIT.text);
  if (!reply.card) return { text, blocks: textSections(reply.text) };
  return { text, blocks: renderCard(reply.card).slice(0, LIMIT.blocks) };
}

/** The App Home tab: the same card blocks, inside a home view (100 blocks allowed there). */
export function renderHome(reply: Reply): { type: 'home'; blocks: Block[] } {
  const blocks = reply.card ? renderCard(reply.card) : textSections(reply.text);
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

export function renderCard(card: Card): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(`${TONE_EMOJI[card.tone]} ${card.title}`, LIMIT.header), emoji: true } },
  ];
  if (card.quoted && card.quoted.text) blocks.push(quoteBlock(card.quoted.text, card.quoted.highlights));
  if (card.body) blocks.push(...textSections(card.body));
  if (card.fields?.length) {
    for (let i = 0; i < card.fields.length; i += LIMIT.fields) {
      const chunk = card.fields.slice(i, i + LIMIT.fields);
      blocks.push({
        type: 'section',
        fields: chunk.map((f) => ({ type: 'mrkdwn', text: cut(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMIT.field) })),
      });
    }
  }
  if (card.rewrite) {
    // Its own block under its label, as preformatted text: one selection copies exactly the rewrite.
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(card.rewrite.label)}*` } });
    blocks.push({ type: 'rich_text', elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text: cut(card.rewrite.text, LIMIT.section) }] }] });
  }
  if (card.actions?.length) {
    blocks.push({
      type: 'actions',
      elements: card.actions.slice(0, 25).map((a) => ({
        type: 'button',
        action_id: `${ACTION_PREFIX}${a.id}`,
        text: { type: 'plain_text', text: cut(a.label, LIMIT.button), emoji: true },
        value: cut(a.value, LIMIT.value),
        ...(a.id === 'done' ? { style: 'primary' } : {}),
      })),
    });
  }
  if (card.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cut(escapeMrkdwn(card.footer), LIMIT.context) }] });
  return blocks;
}

/**
 * The draft as typed, in a rich-text quote, with leaked spans bold and struck through.
 * Rich text carries styles as data, so nothing in the (untrusted) draft can break the formatting.
 */
export function quoteBlock(text: string, highlights: Highlight[]): Block {
  const shown = cut(text, LIMIT.section);
  const spans = [...highlights]
    .filter((h) => h.start >= 0 && h.end > h.start && h.start < shown.length)
    .sort((a, b) => a.start - b.start);
  const elements: Block[] = [];
  let at = 0;
  for (const h of spans) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, shown.length);
    if (end <= start) continue;
    if (start > at) elements.push({ type: 'text', text: shown.slice(at, start) });
    elements.push({ type: 'text', text: shown.slice(start, end), style: { bold: true, strike: true } });
    at = end;
  }
  if (at < shown.length) elements.push({ type: 'text', text: shown.slice(at) });
  return { type: 'rich_text', elements: [{ type: 'rich_text_quote', elements }] };
}

function textSections(text: string): Block[] {
  const safe = escapeMrkdwn(text || ' ');
  const out: Block[] = [];
  for (let i = 0; i < safe.length && out.length < 20; i += LIMIT.section) {
    out.push({ type: 'section', text: { type: 'mrkdwn', text: safe.slice(i, i + LIMIT.section) } });
  }
  return out;
}

/** Slack requires &, < and > escaped in mrkdwn; Markdown **bold** from the core becomes Slack's *bold*. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Slack delivers message text in its own markup: mentions as <@U123>, links and auto-linked
 * e-mail addresses and phone numbers as <mailto:a@b.c|a@b.c> / <tel:+86...|+86...>, and &, <, >
 * escaped. The checker must see what the person typed, so this turns the markup back into plain text.
 */
export function slackToPlainText(text: string, botUserId?: string): string {
  let out = text ?? '';
  if (botUserId) out = out.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  out = out.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : '';
    if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label}` : target;
    if (target.startsWith('!')) return label || `@${target.slice(1).split('^')[0]}`;
    if (label) return label;
    return target.replace(/^(mailto|tel):/i, '');
  });
  out = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return out.trim();
}

/**
 * The users a message mentions (<@U123>, <@U123|ana>), Haili itself left out, with the words each reads as after
 * slackToPlainText ("@U123", "@ana"), so a teammate named in a reminder request is tied to their member id.
 */
export function slackMentions(text: string, botUserId?: string): { userId: string; text: string }[] {
  const out: { userId: string; text: string }[] = [];
  for (const m of (text ?? '').matchAll(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g)) {
    if (m[1] === botUserId || out.some((o) => o.userId === m[1])) continue;
    out.push({ userId: m[1]!, text: `@${m[2] || m[1]}` });
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

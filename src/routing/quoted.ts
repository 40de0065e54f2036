/**
 * The draft a question quotes ("Our auto-reply says 'add me on WeChat when I'm offline'. Is that allowed?"):
 * the longest span inside quotation marks of any script, or the text after "says:" / "写的是：" up to the
 * question that follows it. Offsets are UTF-16 indices into the message.
 */
export interface QuotedDraft {
  text: string;
  start: number;
  end: number;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['‘', '’'],
  ['《', '》'],
];
const MIN_QUOTE = 6;

export function extractQuotedDraft(text: string): QuotedDraft | null {
  let best: QuotedDraft | null = null;
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      const inner = text.slice(s + 1, e);
      if (inner.trim().length >= MIN_QUOTE && (!best || inner.length > best.text.length)) best = { text: inner, start: s + 1, end: e };
      from = e + 1;
    }
  }
  // English single quotes only as a pair around several words ("it says 'add me on WeChat'"), not apostrophes;
  // an apostrophe between letters inside the quote ("when I'm offline") belongs to the quoted words.
  const single = /(?:^|[\s:：(])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){6,}?)'(?=[\s.,;:!?)]|$)/gu;
  for (let m: RegExpExecArray | null; (m = single.exec(text)); ) {
    if (!best || m[1]!.length > best.text.length) best = { text: m[1]!, start: m.index + m[0].indexOf("'") + 1, end: m.index + m[0].indexOf("'") + 1 + m[1]!.length };
  }
  if (best) return best;
  // "says: <draft>\n<question>" or "写的是：<draft>，这样算违规吗"
  const intro = /(says|said|wrote|writes|reads|like this|as follows|this to a buyer|如下|写的是|写着|说的是|回复是|设置的?是|发的是|这段|这句)\s*[:：]\s*/i.exec(text);
  if (intro) {
    const start = intro.index + intro[0].length;
    const rest = text.slice(start);
    const q = /\n|\s+(is (it|this|that)|does (it|this|that)|can (we|i)|would (it|this)|will (it|this|we)|do we)\b|[,，。]?\s*(这样|这个|这句|会不会|算不算|可以吗|行吗|违规吗|平台允许)/i.exec(rest);
    const end = start + (q && q.index > 0 ? q.index : rest.length);
    const body = text.slice(start, end).replace(/[\s,，。.]+$/, '');
    if (body.trim().length >= MIN_QUOTE) return { text: body, start, end: start + body.length };
  }
  // "Can I send this: <draft>" / "这个 ok 吗: <draft>": a short lead-in before the first colon. Whether the lead-in
  // really asks about what follows is the caller's call (the router classifies it on its own).
  const colon = /^([^:：\n]{3,60})[:：]\s*/.exec(text);
  if (colon) {
    const start = colon[0].length;
    const body = text.slice(start).replace(/\s+$/, '');
    if (body.length >= MIN_QUOTE) return { text: body, start, end: start + body.length };
  }
  return null;
}

/** The message without the quoted draft: the words that say what is being asked about it. */
export function frameOf(text: string, q: QuotedDraft): string {
  return (text.slice(0, q.start) + ' ' + text.slice(q.end)).replace(/[「」『』“”"‘’《》']/g, ' ').replace(/\s+/g, ' ').trim();
}

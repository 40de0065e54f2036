/**
 * The draft a question quotes ("Our auto-reply says 'add me on WeChat when I'm offline'. Is that allowed?"):
 * the longest span inside quotation marks of any script, or the text after "says:" / "写的是：" up to the
 * question that follows it. Offsets are UTF-16 indices into the message.
 */
export interface QuotedDraft {
  text: string;
  start: number;
  end: number;
  /** how the draft was told apart: quotation marks, an introducing "says:" or colon, a sentence around it, or the other script around it */
  via: 'marks' | 'intro' | 'colon' | 'sentence' | 'script';
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['‘', '’'],
  ['《', '》'],
  ['‹', '›'],
  ['«', '»'],
  ['〈', '〉'],
];
// every mark of those pairs, and the English single quote: what is left of a quote in the words around it
const QUOTE_MARKS = new RegExp(`[${[...new Set(PAIRS.flat())].join('')}']`, 'g');
const MIN_QUOTE = 6;
// a Chinese reply says in three characters what English says in six ("好的，收到")
const MIN_QUOTE_CJK = 3;
const longEnough = (s: string) => {
  const t = s.trim();
  return t.length >= MIN_QUOTE || (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_QUOTE_CJK;
};

// a first or last sentence this short may be the question around an unquoted draft
const MAX_FRAME = 90;

/**
 * @param askFrames sentences that ask whether a draft may be sent (rules/routing askAboutDraft): without quotation
 * marks or an introducing colon, a first or last line or sentence matching one makes the rest the quoted draft.
 */
export function extractQuotedDraft(text: string, askFrames: RegExp[] = [], speakers?: QuoteSpeakers): QuotedDraft | null {
  const marked: QuotedDraft[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      const inner = text.slice(s + 1, e);
      if (longEnough(inner)) marked.push({ text: inner, start: s + 1, end: e, via: 'marks' });
      from = e + 1;
    }
  }
  // English single quotes only as a pair around several words ("it says 'add me on WeChat'"), not apostrophes;
  // an apostrophe between letters inside the quote ("when I'm offline") belongs to the quoted words.
  // A Chinese sentence around the quote may close it with its own punctuation ("…是 'add my WhatsApp'，要删吗？") or
  // run on in Han characters ("回了句'ok dear'然后…").
  // A dash may stand before or after it ("'老板方便的话留个电话…'——这句话能发吗", "—'add me on WeChat'—ok?").
  const single = /(?:^|[\s:：(，,、—–]|(?<=\p{Script=Han}))'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){6,}?)'(?=[\s.,;:!?)，。；：！？、—–]|\p{Script=Han}|$)/gu;
  for (let m: RegExpExecArray | null; (m = single.exec(text)); ) {
    const start = m.index + m[0].indexOf("'") + 1;
    marked.push({ text: m[1]!, start, end: start + m[1]!.length, via: 'marks' });
  }
  const best = pickQuote(text, marked, speakers);
  if (best) return best;
  // A one- or two-word reply in quotes right after a verb of saying ("I only replied 'noted'", "他回了个“好”"): short,
  // but still the words the buyer got.
  const said = /(?:\b(?:reply|replied|replies|respond(?:ed)?|answer(?:ed)?|say|said|says|wrote|write|typed)\b|回复?了?(?:句|个|一句)?|说了?(?:句|一句)?|答)\s*[:：]?\s*(['"“‘「『])([^'"“”‘’「」『』\n]{2,40}?)(['"”’」』])/iu.exec(text);
  if (said && said[2]!.trim()) {
    const start = said.index + said[0].length - said[3]!.length - said[2]!.length;
    return { text: said[2]!, start, end: start + said[2]!.length, via: 'marks' };
  }
  // "says: <draft>\n<question>" or "写的是：<draft>，这样算违规吗"; without the colon after a written text's name: "is it ok
  // if my auto-reply says I'm away till Monday, call …", "our signature reads Tony | Sales | …"
  const intro =
    /(says|said|wrote|writes|reads|like this|as follows|this to a buyer|如下|写的是|写着|说的是|回复是|设置的?是|发的是|这段|这句)\s*[:：]\s*/i.exec(text) ??
    /\b(?:auto-?reply|auto-?response|away message|out-of-office( reply)?|signature|sig|greeting|template|footer|canned reply|quick reply|smart reply)\s+(?:says|reads|will say|would say|goes|is)\s+(?=\S)/i.exec(text);
  if (intro) {
    const start = intro.index + intro[0].length;
    const rest = text.slice(start);
    const q = /\n|\s+(is (it|this|that)|does (it|this|that)|can (we|i)|would (it|this)|will (it|this|we)|do we)\b|[,，。]?\s*(这样|这个|这句|会不会|算不算|可以吗|行吗|违规吗|平台允许)/i.exec(rest);
    const end = start + (q && q.index > 0 ? q.index : rest.length);
    const body = text.slice(start, end).replace(/[\s,，。.]+$/, '');
    if (longEnough(body)) return { text: body, start, end: start + body.length, via: 'intro' };
  }
  if (askFrames.length) {
    const framed = sentenceFramed(text, askFrames);
    if (framed) return framed;
  }
  // "Can I send this: <draft>" / "这个 ok 吗: <draft>": a short lead-in before the first colon. Whether the lead-in
  // really asks about what follows is the caller's call (the router classifies it on its own).
  const colon = /^([^:：\n]{3,60})[:：]\s*/.exec(text);
  if (colon) {
    const start = colon[0].length;
    let body = text.slice(start).replace(/\s+$/, '');
    // "我想回客户：<draft>，行不行": a short last clause that, with the lead-in, asks about the text is the frame's, not
    // the draft's (kept in the draft when the two together ask nothing: "Note: we ship next week, 可以吗？" asks a buyer)
    const closing = /[，,。.!！\s]+([^，,。.!！\n]{1,16})$/u.exec(body);
    if (closing && askFrames.some((re) => re.test(`${colon[1]} ${closing[1]}`)) && !askFrames.some((re) => re.test(colon[1]!))) {
      body = body.slice(0, closing.index);
    }
    if (longEnough(body)) return { text: body, start, end: start + body.length, via: 'colon' };
  }
  if (askFrames.length) return scriptFramed(text, askFrames);
  return null;
}

/**
 * The draft as the buyer would get it: a rep who pastes it as a block of "> " lines quotes their own text, and the
 * markers are no buyer's words being quoted back.
 */
export function unquoteBlock(draft: string): string {
  const lines = draft.split('\n');
  return lines.every((l) => !l.trim() || /^\s*>/.test(l)) ? lines.map((l) => l.replace(/^\s*>\s?/, '')).join('\n') : draft;
}

/** The message without the quoted draft: the words that say what is being asked about it. */
export function frameOf(text: string, q: QuotedDraft): string {
  return withoutMarks(text.slice(0, q.start) + ' ' + text.slice(q.end));
}

/** Words with the quote marks left around them blanked and the spacing squashed. */
const withoutMarks = (s: string) => s.replace(QUOTE_MARKS, ' ').replace(/\s+/g, ' ').trim();

/**
 * The words around a quote, as the rep typed them: the whole frame, and the part before and the part after the quote
 * on their own. A frame's ask often closes its own part ("這句OK嗎 → '…' 我們有綁SNS的", "给客户发这个 ok 不：'…' 老板说
 * 这样省钱"): the remark after the quote would hide an ask anchored at the end of the whole frame.
 */
export function framePieces(text: string, q: QuotedDraft): string[] {
  const before = withoutMarks(text.slice(0, q.start)).replace(/\s*(?:[:：]|——|—|–|-{1,2}|→|->|=>)\s*$/u, '');
  const after = withoutMarks(text.slice(q.end)).replace(/^\s*(?:——|—|–|-{1,2}|→|->|=>)\s*/u, '');
  return [frameOf(text, q), before, after].filter((s, i) => i === 0 || s.length > 0);
}

/**
 * "ok to send or not? Hi John, …" / "Hi Maria, …\n\nis this ok to send?" / "…运单号请在订单详情查看。这样写可以发吗？":
 * the draft is the text around a first or last sentence (or line) that asks whether it may be sent.
 */
function sentenceFramed(text: string, askFrames: RegExp[]): QuotedDraft | null {
  const body = text.replace(/\s+$/, '');
  const isFrame = (s: string) => s.trim().length > 0 && s.trim().length <= MAX_FRAME && askFrames.some((re) => re.test(s));
  // leading: up to the first line break, or the first question mark
  // (not past a colon: "这样回客户行不行：<draft>" is the colon's case, and the draft may hold a question mark)
  // ...or a dash or an arrow set between the ask and the text ("这句ok吗 —— …", "Would this be flagged → …")
  const lead = /^([^\n?？:：]{3,}?)(?:[?？]+|\n|\s*(?:——|—|–|-{2,}|→|->|=>)\s*)/.exec(body);
  if (lead && isFrame(/[?？\n]$/.test(lead[0]) ? lead[0] : lead[1]!)) {
    const start = lead[0].length + (/^\s*/.exec(body.slice(lead[0].length))?.[0].length ?? 0);
    if (longEnough(body.slice(start))) return { text: body.slice(start), start, end: body.length, via: 'sentence' };
  }
  // trailing: after the last line break, or after the last sentence end before the final one
  const lastBreak = Math.max(body.lastIndexOf('\n'), ...[...'.。!！?？'].map((c) => body.slice(0, -1).lastIndexOf(c)));
  if (lastBreak > 0) {
    const tail = body.slice(lastBreak + 1);
    if (isFrame(tail)) {
      const draft = body.slice(0, lastBreak + 1).replace(/\s+$/, '');
      if (longEnough(draft)) return { text: draft, start: 0, end: draft.length, via: 'sentence' };
    }
  }
  return null;
}

/** Who said the words before a quote: patterns on the text just before the opening mark (rules/routing quoteSpeakers). */
export interface QuoteSpeakers {
  /** the buyer's words quoted back ("客户说“…”", "buyer wrote '…'") */
  buyer: RegExp[];
  /** the rep's own reply ("我想回“…”", "I plan to reply '…'") */
  rep: RegExp[];
  /** the policy material's own words ("the PPT says '…'", "议程里有一项「…」"): asked about, never a draft to check */
  policy: RegExp[];
}

// How much of the text before a quote's opening mark says who spoke: the verb of saying and its subject, not the
// sentence before them.
const LEAD_IN = 40;

/** The words just before a quote's opening mark (the mark itself left out): where its speaker is named. */
export function quoteLeadIn(text: string, q: { start: number }): string {
  return text.slice(Math.max(0, q.start - 1 - LEAD_IN), Math.max(0, q.start - 1));
}

/** Whether the lead-in of a quote names `who` as the one who said or wrote its words (rules/routing quoteSpeakers). */
export function quotedFrom(speakers: QuoteSpeakers, who: keyof QuoteSpeakers, text: string, q: { start: number }): boolean {
  const lead = quoteLeadIn(text, q);
  return speakers[who].some((re) => re.test(lead));
}

/**
 * Of several quotes, the rep's reply: "客户说“…”，我想回“…”，可以吗" quotes the buyer first and the draft second, and the
 * buyer's words may well be longer. A quote led by the rep's verb of replying comes first, one led by the buyer's verb of
 * saying last; among equals the longest, as before.
 */
function pickQuote(text: string, quotes: QuotedDraft[], speakers?: QuoteSpeakers): QuotedDraft | null {
  if (quotes.length === 0) return null;
  const rank = (q: QuotedDraft) => {
    if (!speakers || quotes.length < 2) return 1;
    if (quotedFrom(speakers, 'rep', text, q)) return 2;
    if (quotedFrom(speakers, 'buyer', text, q)) return 0;
    return 1;
  };
  return quotes.map((q) => ({ q, r: rank(q) })).sort((a, b) => b.r - a.r || b.q.text.length - a.q.text.length)[0]!.q;
}

/** Whether the words around a quoted draft, whole or the part before or after the quote, ask whether it may be sent. */
export function asksAboutQuote(askFrames: RegExp[], text: string, quoted: QuotedDraft): boolean {
  const pieces = framePieces(text, quoted);
  return askFrames.some((re) => pieces.some((p) => re.test(p)));
}

/**
 * "我想回客户 we can only talk on Alibaba, sorry 可以吗", "can I send this 您好，加我微信 hw8899 详聊": the draft in one script, the
 * ask around it in the other, with no mark between them. The draft runs from the first to the last word of its script,
 * and the words before and after it, all in the other script, ask whether it may be sent. A few Latin words inside a
 * Chinese sentence ("明早 remind 我把 SKU 改掉") are no such draft; a Chinese draft may hold a Latin handle ("hw8899").
 */
function scriptFramed(text: string, askFrames: RegExp[]): QuotedDraft | null {
  const body = text.replace(/\s+$/, '');
  const asks = (q: QuotedDraft) => asksAboutQuote(askFrames, body, q);
  // Latin words with their digits and punctuation, between Han text (which may itself hold a word or two: "这句OK吗")
  const words = (s: string) => s.match(/[A-Za-z]+/g)?.length ?? 0;
  const latin = [...body.matchAll(/[A-Za-z][^\p{Script=Han}\n]*[A-Za-z0-9.!?)]/gu)].sort((a, b) => b[0].length - a[0].length)[0];
  if (latin && words(latin[0]) >= 4) {
    const rest = body.slice(0, latin.index) + body.slice(latin.index! + latin[0].length);
    const q: QuotedDraft = { text: latin[0], start: latin.index!, end: latin.index! + latin[0].length, via: 'script' };
    if (/\p{Script=Han}/u.test(rest) && words(rest) <= 2 && asks(q)) return q;
  }
  // Han text from its first to its last character (with what closes it), between Latin words
  const first = body.search(/\p{Script=Han}/u);
  const han = first < 0 ? null : /^\p{Script=Han}[\s\S]*[\p{Script=Han}][0-9。！？!?）)～~]*/u.exec(body.slice(first));
  if (han && (han[0].match(/\p{Script=Han}/gu)?.length ?? 0) >= 6) {
    const q: QuotedDraft = { text: han[0], start: first, end: first + han[0].length, via: 'script' };
    const rest = body.slice(0, q.start) + body.slice(q.end);
    if (/[A-Za-z]/.test(rest) && !/\p{Script=Han}/u.test(rest) && asks(q)) return q;
  }
  return null;
}

import type { QuoteRules } from '../rules.js';
import type { DraftContext } from '../types.js';
import { LiteralScanner, prunedRegex } from '../literals.js';

// Decline words are written without inner apostrophes ("dont", "cant"): the text is read the same way.
const dropInnerApostrophes = (s: string) => s.replace(/(?<=[a-z])['’`](?=[a-z])/g, '');

export interface QuoteZone {
  start: number; // original offsets
  end: number;
  why: 'speaker-line' | 'attributed' | 'declined' | 'product-text' | 'quoted-block';
}

const DIRECT_END = /\n|[!?。！？;；]|\s[—–-]\s|—|\.\s/;
// (The rep's own call that follows the reported words ends them too: "看到你在询盘里留的电话了 我晚上打给你".)
const REPORTED_END = /\n|[!?。！？;；,，、]|\s[—–-]\s|—|\.\s|\b(?:my|our|so|here|sure|ok|okay|yes|of course)\b|我们|我的|本人|好的|可以|没问题|这是|这个是|我(?:已经|已|刚刚?|这边)?(?:加|发|打|拨)了|我[\u4e00-\u9fff]{0,4}?(?:打给|拨给|给您打|给你打)(?:您|你)?/;
// The rep's own words, also in the buyers' languages: "Gracias por su pedido, mi WhatsApp es …" gives the rep's number.
const OWN = /\b(?:my|our|mine|me|mi|mis|meu|minha|meus|mon|mein|meine|meinen|nuestro|nuestra|nosso|nossa|notre|nos|unser|unsere)\b|(?:^|\s)(?:мой|моя|мои|мою|наш|наша|наши)(?=\s|$)|我的|我们|本人/u;
const SPACE = /\s/;
const CLAUSE_END = /\n|[!?。！？;；,，、]|\s[—–-]\s|—|\.\s/;
const WORD_OR_HAN = /[a-z0-9]+|[\u3400-\u9fff]/g;
// The buyer's request reported as one for the rep's own contact: "you asked for our WeChat", "您问我们的微信".
const FOR_OWN = /^(?:(?:for|about)\s)?(?:my|our)\b|^(?:我的|我们的)/u;
// A brand is a few words without figures or an address: "'WhatsApp me +86 138...'" after "our brand" is no name.
const isName = (q: string) => !/[0-9@]/.test(q) && q.trim().split(/\s+/).length <= 4;

/** Adds the zone [a, b) of the text view, trimmed of spaces, in original offsets. */
function pushZone(ctx: DraftContext, zones: QuoteZone[], a: number, b: number, why: QuoteZone['why']): void {
  const t = ctx.t.s;
  while (a < b && SPACE.test(t[a]!)) a++;
  while (b > a && SPACE.test(t[b - 1]!)) b--;
  if (b > a) zones.push({ start: ctx.t.st[a]!, end: ctx.t.en[b - 1]!, why });
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Positions of closing mark c in t, found once per draft (a module function: tsx names every per-call closure). */
function closersAt(t: string, positions: Map<number, number[]>, c: number): number[] {
  let list = positions.get(c);
  if (!list) {
    list = [];
    const ch = String.fromCharCode(c);
    for (let k = t.indexOf(ch); k >= 0; k = t.indexOf(ch, k + 1)) list.push(k);
    positions.set(c, list);
  }
  return list;
}

/**
 * Spans of a draft that quote the buyer (or print a product's text), so contact details or requests inside them
 * are not read as the rep's own. Linear: one pass over lines, one pass over quotation marks, one regex scan for
 * attributions.
 */
export function quoteFinder(rule: QuoteRules, scanner = new LiteralScanner()) {
  const speaker = new RegExp(rule.speakerLine);
  // The attribution regexes run cut per draft to the alternatives whose required literals the text view holds
  // (from the lexicon rules' literal scan of that view, shared through `scanner`).
  const attribAll = prunedRegex(new RegExp(rule.attribution.map((a) => `(?:${a})`).join('|'), 'gm'), scanner);
  const attribMarkedAll = prunedRegex(new RegExp([...rule.attribution, ...rule.attributionMarked].map((a) => `(?:${a})`).join('|'), 'gm'), scanner);
  const decline = new RegExp(rule.decline.map((a) => `(?:${a})`).join('|'), 'u');
  const declineOrKeep = new RegExp([...rule.decline, ...rule.keepHere].map((a) => `(?:${a})`).join('|'), 'u');
  const productBefore = new RegExp(`(?:${rule.productTextBefore.join('|')})\\s?$`);
  const productAfter = new RegExp(`^\\s?(?:${rule.productTextAfter.join('|')})`);
  const nameBefore = rule.nameBefore.length ? new RegExp(`(?:${rule.nameBefore.join('|')})\\s?$`) : null;
  const refuseBefore = rule.refuseBefore.length ? new RegExp(`(?:${rule.refuseBefore.join('|')})\\s?$`) : null;
  const closeOf = new Map<number, number[]>();
  rule.open.forEach((o, i) => closeOf.set(o.charCodeAt(0), [...(closeOf.get(o.charCodeAt(0)) ?? []), rule.close[i]!.charCodeAt(0)]));
  // Opening marks by char code: the scan below asks for every character of the draft, and a typed-array read
  // costs far less than a Map lookup that almost always misses.
  const isOpen = new Uint8Array(65536);
  for (const code of closeOf.keys()) isOpen[code] = 1;
  const APOS = 39;
  const subject = rule.subjectLine ? new RegExp(rule.subjectLine) : null;
  const header = rule.quotedHeader.length ? new RegExp(rule.quotedHeader.map((a) => `(?:${a})`).join('|')) : null;
  const takeUp = rule.takeUp.length ? new RegExp(rule.takeUp.map((a) => `(?:${a})`).join('|'), 'u') : null;
  const agree = rule.agree.length ? new RegExp(`^(?:${rule.agree.join('|')})`, 'u') : null;
  // How far after the buyer's words the rep's taking them up is looked for.
  const TAKE_UP_WINDOW = 120;
  const provided = rule.providedBlock.length ? new RegExp(`(?:${rule.providedBlock.join('|')})[^\\n]{0,40}$`) : null;
  // A quoted block runs to the next blank line, and never further than this.
  const BLOCK_MAX = 800;
  const blockEnd = (t: string, from: number) => {
    const blank = /\n[^\S\n]*\n/.exec(t.slice(from, from + BLOCK_MAX));
    return blank ? from + blank.index : Math.min(t.length, from + BLOCK_MAX);
  };

  return (ctx: DraftContext): QuoteZone[] => {
    const t = ctx.t.s;
    const zones: QuoteZone[] = [];
    // The buyer's words followed by the rep taking them up ("sure, I'll add you", 好的我加您, "that's my number") are
    // no cover: no zone, so what they hold counts as the rep's.
    const push = (a: number, b: number, why: QuoteZone['why']) => {
      if (why !== 'product-text') {
        const after = t.slice(b, b + TAKE_UP_WINDOW);
        if (takeUp?.test(after)) return;
        if (agree?.test(after) && !declineOrKeep.test(dropInnerApostrophes(after))) return;
      }
      pushZone(ctx, zones, a, b, why);
    };
    // 1. "> ..." lines and "Buyer: ..." lines.
    for (let a = 0; a <= t.length; ) {
      let b = t.indexOf('\n', a);
      if (b < 0) b = t.length;
      const head = t.slice(a, Math.min(b, a + 80));
      const m = speaker.exec(head);
      if (m) {
        // "Buyer said: '...'. — Sorry, we only talk here": a quotation right after the speaker ends the buyer's words;
        // the rest of the line is the rep's reply.
        let end = b;
        const q = /^\s*(\S)/.exec(t.slice(a + m[0].length, b));
        const closers = q ? closeOf.get(q[1]!.charCodeAt(0)) : undefined;
        if (q && closers) {
          const open = a + m[0].length + q[0].length - 1;
          // Searched within the line only, so a draft of unclosed speaker lines stays linear.
          const line = t.slice(open + 1, b);
          for (const c of closers) {
            const k = line.indexOf(String.fromCharCode(c));
            if (k >= 0 && /[^\s.,;:!?。，！？]/.test(line.slice(k + 1))) end = Math.min(end, open + 1 + k + 1);
          }
        }
        push(a + m[0].length, end, 'speaker-line');
      }
      else if (subject) {
        // "Re: <the buyer's words>" on a line of its own, answered by a reply that declines or keeps the chat here.
        const sm = subject.exec(head);
        if (sm && declineOrKeep.test(dropInnerApostrophes(t.slice(b, b + 400)))) push(a + sm[0].length, b, 'speaker-line');
      }
      if (!m && header?.test(head)) {
        const end = blockEnd(t, b);
        push(b, end, 'quoted-block');
        b = end;
      } else if (!m && provided && b > a && /[:：]\s*$/.test(t.slice(a, b)) && !OWN.test(t.slice(a, b)) && provided.test(t.slice(a, b).replace(/[:：]\s*$/, ''))) {
        const end = blockEnd(t, b);
        push(b, end, 'quoted-block');
      }
      a = b + 1;
    }
    // 2. Quotations in marks: attributed to the buyer just before, printed on a product, or declined by the reply.
    let ends: Set<number> | null = null;
    let plain: string | null = null;
    // Positions of each closing mark, found once: a search per opening mark stays O(log n) even on a 100 KB
    // draft of unmatched marks.
    const positions = new Map<number, number[]>();
    for (let i = 0; i < t.length; i++) {
      const ch = t.charCodeAt(i);
      if (isOpen[ch] === 0) continue;
      const closers = closeOf.get(ch)!;
      // A straight apostrophe inside a word ("don't") is not a mark.
      if (ch === APOS && (isWordChar(t.charCodeAt(i - 1)) || SPACE.test(t[i + 1] ?? ' '))) continue;
      let j = -1;
      for (const c of closers) {
        const list = closersAt(t, positions, c);
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid]! <= i) lo = mid + 1;
          else hi = mid;
        }
        for (let q = lo; q < list.length && list[q]! - i <= rule.maxLength; q++) {
          const k = list[q]!;
          if (c === APOS && isWordChar(t.charCodeAt(k + 1))) continue;
          if (j < 0 || k < j) j = k;
          break;
        }
      }
      if (j < 0 || j - i > rule.maxLength) continue;
      if (ends === null) {
        ends = new Set<number>();
        const attribMarked = attribMarkedAll.pick(ctx.literalHits('t', scanner));
        if (attribMarked) attribMarked.lastIndex = 0;
        for (let m = attribMarked?.exec(t); m; m = attribMarked!.exec(t)) {
          if (m[0].length === 0) attribMarked!.lastIndex++;
          else ends.add(m.index + m[0].length);
        }
      }
      let attributed = false;
      for (let g = 0; g <= 24 && g <= i; g++) {
        if (ends.has(i - g)) {
          const gap = t.slice(i - g, i);
          attributed = !OWN.test(gap) && !/[.!?。！？\n]/.test(gap);
          break;
        }
      }
      const before = t.slice(Math.max(0, i - 60), i);
      const product = !attributed && ((!OWN.test(before.slice(-20)) && (productBefore.test(before.slice(-16)) || productAfter.test(t.slice(j + 1, j + 24)))) || (!!nameBefore?.test(before.slice(-24)) && isName(t.slice(i + 1, j))));
      const content = t.slice(i + 1, j);
      // Refused right before the marks, even in the rep's own words and in two words ("I can't do 'email me'").
      // The zone then starts at the refusal, so its own qualifier ("站外的", "so-called") is refused with the quotation.
      const near = before.slice(-30);
      const refused = !attributed && !product && (content.match(WORD_OR_HAN)?.length ?? 0) >= 2 ? refuseBefore?.exec(near) : null;
      let declined = !!refused;
      if (!declined && !attributed && !product && !OWN.test(before.slice(-20))) {
        // Three words, or four words and Han characters together ("加个WhatsApp吧"): a message, not a name.
        const sentenceLike = content.trim().split(/\s+/).length >= 3 || (content.match(WORD_OR_HAN)?.length ?? 0) >= 4;
        if (sentenceLike) {
          plain ??= dropInnerApostrophes(t);
          // plain drops in-word apostrophes, so its offsets drift by at most a few characters: fine for a window.
          declined = decline.test(plain.slice(j + 1, j + 220) + ' ' + plain.slice(Math.max(0, i - 120), i));
        }
      }
      if (attributed || product || declined) {
        push(refused ? i - near.length + refused.index : i, j + 1, attributed ? 'attributed' : product ? 'product-text' : 'declined');
        i = j;
      }
    }
    // 3. "You wrote: my email is ..." without marks: the attribution and the rest of that sentence.
    const attrib = attribAll.pick(ctx.literalHits('t', scanner));
    if (attrib) attrib.lastIndex = 0;
    for (let m = attrib?.exec(t); m; m = attrib!.exec(t)) {
      if (m[0].length === 0) {
        attrib!.lastIndex++;
        continue;
      }
      let a = m.index + m[0].length;
      const lead = /^\s*[:：,，]?\s*/.exec(t.slice(a, a + 4))![0];
      if (closeOf.has(t.charCodeAt(a + lead.length))) continue; // handled as a quotation
      a += lead.length;
      const rest = t.slice(a, a + rule.maxLength);
      // "you asked for our WeChat ... everything is on our Alibaba store": a request for the rep's own contact, turned
      // down or kept here by what follows, is reported to the end of its clause.
      if (!/[:：]/.test(lead) && FOR_OWN.test(rest)) {
        const end = CLAUSE_END.exec(rest);
        const to = a + (end ? end.index : rest.length);
        // Declined, not merely "here": "You asked for our WeChat, here it is: ..." gives it.
        if (decline.test(dropInnerApostrophes(t.slice(to, to + 220)))) push(m.index, to, 'attributed');
        continue;
      }
      if (OWN.test(t.slice(a, a + 3)) && !/[:：]/.test(lead)) continue; // "you asked for my ..." is the rep talking
      // In reported speech the buyer's words end at the next clause or at the rep's own words ("我们", "my", "here it
      // is", 好的, or what the rep has done: "您留的手机我加了微信"): "您想加微信的好意，我们这边只用旺旺" quotes only the wish, and "You asked for WhatsApp, here it is: +86..."
      // leaves the number to the rep. After a colon the words are the buyer's own, first person and commas included.
      let stop = (/[:：]/.test(lead) ? DIRECT_END : REPORTED_END).exec(rest);
      // The rep's own words inside the buyer's reported wish ("您说想直接打款到我们账户省手续费，这个不行", "you wanted to
      // pay into our account directly, sorry we can't"): the wish names the rep's account or app, as "you asked for our
      // WeChat" does. Turned down in the very next clause, the whole clause is the buyer's.
      if (stop && !/[:：]/.test(lead) && OWN.test(stop[0])) {
        const end = CLAUSE_END.exec(rest);
        if (end && end.index > stop.index) {
          const after = rest.slice(end.index + end[0].length);
          const next = CLAUSE_END.exec(after);
          if (decline.test(dropInnerApostrophes(next ? after.slice(0, next.index) : after))) stop = end;
        }
      }
      // The zone starts at the attribution itself: "您发的邮箱" must not read as "发...邮箱" (asking for it).
      push(m.index, a + (stop ? stop.index + (stop[0] === '?' || stop[0] === '？' ? 1 : 0) : rest.length), 'attributed');
    }
    return zones;
  };
}

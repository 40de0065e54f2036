import type { QuoteRules } from '../rules.js';
import type { DraftContext } from '../types.js';

export interface QuoteZone {
  start: number; // original offsets
  end: number;
  why: 'speaker-line' | 'attributed' | 'declined';
}

const OWN = /\b(?:my|our|mine|me)\b|我的|我们|本人/u;

/**
 * Spans of a draft that quote the buyer, so contact details or requests inside them are not read as the rep's
 * own. Linear: one pass over lines, one pass over quotation marks, one regex scan for attributions.
 */
export function quoteFinder(rule: QuoteRules) {
  const speaker = new RegExp(rule.speakerLine);
  const attrib = new RegExp(rule.attribution.map((a) => `(?:${a})`).join('|'), 'gm');
  const attribMarked = new RegExp([...rule.attribution, ...rule.attributionMarked].map((a) => `(?:${a})`).join('|'), 'gm');
  const decline = new RegExp(rule.decline.map((a) => `(?:${a})`).join('|'), 'u');
  const closeOf = new Map<string, string[]>();
  rule.open.forEach((o, i) => closeOf.set(o, [...(closeOf.get(o) ?? []), rule.close[i]!]));
  const openChars = new Set(rule.open);
  // Cheap gate: a draft with none of the marks, speaker labels or attribution heads has no quote zone.
  const gate = /["“‘'«「『„‹〝《>:：]|you|your|buyer|customer|client|您|你|客|买家|对方/;

  return (ctx: DraftContext): QuoteZone[] => {
    const t = ctx.t.s;
    if (!gate.test(t)) return [];
    const zones: QuoteZone[] = [];
    const orig = (a: number, b: number): [number, number] => [ctx.t.st[a]!, ctx.t.en[b - 1]!];
    const push = (a: number, b: number, why: QuoteZone['why']) => {
      while (a < b && /\s/.test(t[a]!)) a++;
      while (b > a && /\s/.test(t[b - 1]!)) b--;
      if (b > a) {
        const [s, e] = orig(a, b);
        zones.push({ start: s, end: e, why });
      }
    };
    // 1. "> ..." lines and "Buyer: ..." lines.
    for (let a = 0; a <= t.length; ) {
      let b = t.indexOf('\n', a);
      if (b < 0) b = t.length;
      const m = speaker.exec(t.slice(a, Math.min(b, a + 80)));
      if (m) push(a + m[0].length, b, 'speaker-line');
      a = b + 1;
    }
    // 2. Quotations in marks: attributed to the buyer just before, or declined by the reply.
    const plain = t.replace(/['’`]/g, (c, i: number) => (/[a-z]/.test(t[i - 1] ?? '') && /[a-z]/.test(t[i + 1] ?? '') ? '' : c));
    const ends = new Set<number>();
    attribMarked.lastIndex = 0;
    for (let m = attribMarked.exec(t); m; m = attribMarked.exec(t)) {
      if (m[0].length === 0) {
        attribMarked.lastIndex++;
        continue;
      }
      ends.add(m.index + m[0].length);
    }
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (!openChars.has(ch)) continue;
      // A straight apostrophe inside a word ("don't") is not a mark.
      if (ch === "'" && (/[a-z0-9]/.test(t[i - 1] ?? '') || /\s/.test(t[i + 1] ?? ' '))) continue;
      let j = -1;
      for (const c of closeOf.get(ch)!) {
        let k = t.indexOf(c, i + 1);
        while (k >= 0 && c === "'" && /[a-z0-9]/.test(t[k + 1] ?? '')) k = t.indexOf(c, k + 1);
        if (k > i && (j < 0 || k < j)) j = k;
      }
      if (j < 0 || j - i > rule.maxLength) continue;
      const content = t.slice(i + 1, j);
      const before = t.slice(Math.max(0, i - 60), i);
      let attributed = false;
      for (let g = 0; g <= 24 && g <= i; g++) {
        if (ends.has(i - g)) {
          const gap = t.slice(i - g, i);
          attributed = !OWN.test(gap) && !/[.!?。！？\n]/.test(gap);
          break;
        }
      }
      const sentenceLike = content.trim().split(/\s+/).length >= 3 || /[\u3400-\u9fff].*[\u3400-\u9fff].*[\u3400-\u9fff].*[\u3400-\u9fff]/.test(content);
      const declined = !attributed && sentenceLike && !OWN.test(before.slice(-20)) && decline.test(plain.slice(j + 1, j + 220) + ' ' + plain.slice(Math.max(0, i - 120), i));
      if (attributed || declined) {
        push(i, j + 1, attributed ? 'attributed' : 'declined');
        i = j;
      }
    }
    // 3. "You wrote: my email is ..." without marks: the rest of that sentence.
    attrib.lastIndex = 0;
    for (let m = attrib.exec(t); m; m = attrib.exec(t)) {
      if (m[0].length === 0) {
        attrib.lastIndex++;
        continue;
      }
      let a = m.index + m[0].length;
      const lead = /^\s*[:：,，]?\s*/.exec(t.slice(a, a + 4))![0];
      if (openChars.has(t[a + lead.length] ?? '')) continue; // handled as a quotation
      a += lead.length;
      if (OWN.test(t.slice(a, a + 3)) && !/[:：]/.test(lead)) continue; // "you asked for my ..." is the rep talking
      const rest = t.slice(a, a + rule.maxLength);
      const stop = /\n|[!?。！？;；]|\s[—–-]\s|—|\.\s/.exec(rest);
      // The zone starts at the attribution itself: "您发的邮箱" must not read as "发...邮箱" (asking for it).
      push(m.index, a + (stop ? stop.index + (stop[0] === '?' || stop[0] === '？' ? 1 : 0) : rest.length), 'attributed');
    }
    return zones;
  };
}

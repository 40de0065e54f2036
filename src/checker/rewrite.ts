import type { Lang } from '../core/types.js';

interface Span {
  start: number;
  end: number;
}

const SIGN_OFF = /^\s*(?:(?:best|kind|warm|warmest)\s+)?regards\b|^\s*sincerely\b|^\s*br\s*[,.]?\s*$|^\s*thanks?(?:\s+you)?\s*(?:&|and)\s*(?:best\s+)?regards|^\s*cheers\b|^\s*(?:此致|祝好|顺祝商祺|顺颂商祺)/i;
// A greeting at the head of a removed sentence ("Hello friend, please add my WhatsApp...") is kept.
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|您好|你好|亲爱的|亲)[^,，.!?。！？]{0,24}[,，!！]\s*/i;

const isMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;

/**
 * Sentence spans of one line: split after . ! ? 。！？ (keeping the mark). A plain loop: it yields exactly the
 * non-empty matches of /[^.!?。！？]*(?:[.!?。！？]+|$)/gu, without a regex and a match array per sentence.
 */
function sentences(line: string, offset: number): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < line.length) {
    let j = i;
    while (j < line.length && !isMark(line.charCodeAt(j))) j++;
    while (j < line.length && isMark(line.charCodeAt(j))) j++;
    out.push({ start: offset + i, end: offset + j });
    i = j;
  }
  return out;
}

/**
 * "Does any span overlap [a, b)?" in O(log n): spans sorted by start with the running maximum of their ends, so
 * a 100 KB draft with thousands of sentences and findings stays linear-ish instead of sentences x findings.
 */
class Overlaps {
  private starts: number[];
  private maxEnd: number[];
  constructor(spans: Span[]) {
    const sorted = [...spans].sort((x, y) => x.start - y.start);
    this.starts = sorted.map((f) => f.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const f of sorted) this.maxEnd.push((m = Math.max(m, f.end)));
  }
  /** Same answer as spans.some((f) => f.start < b && a < f.end). */
  any(a: number, b: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < b) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > a;
  }
}

/**
 * The draft with every sentence that carries a finding removed, plus an invitation to keep talking on
 * Alibaba.com (or order through Trade Assurance), placed before the sign-off if there is one.
 */
export function rewriteDraft(text: string, spans: Span[], lang: Lang, closing: string): string {
  const keptLines: string[] = [];
  const overlaps = new Overlaps(spans);
  let offset = 0;
  for (const line of text.split('\n')) {
    const parts = sentences(line, offset).map((s) => {
      const sentence = text.slice(s.start, s.end);
      if (!overlaps.any(s.start, s.end)) return sentence;
      const greeting = GREETING.exec(sentence)?.[0] ?? '';
      return greeting && !overlaps.any(s.start, s.start + greeting.length) ? greeting.trimEnd() + ' ' : '';
    });
    const rebuilt = parts.join('').trimEnd(); // trimEnd drops exactly what \s matches
    const wasBlank = line.trim() === '';
    if (rebuilt.trim() !== '' || (wasBlank && keptLines.length > 0 && keptLines[keptLines.length - 1] !== '')) keptLines.push(wasBlank ? '' : rebuilt.trimStart());
    offset += line.length + 1;
  }
  while (keptLines.length && keptLines[keptLines.length - 1] === '') keptLines.pop();
  const signAt = keptLines.findIndex((l) => SIGN_OFF.test(l));
  const body = signAt >= 0 ? keptLines.slice(0, signAt) : keptLines;
  const tail = signAt >= 0 ? keptLines.slice(signAt) : [];
  while (body.length && body[body.length - 1] === '') body.pop();
  if (body.length === 0) body.push(lang === 'zh' ? '您好！' : 'Hello,');
  body.push(closing);
  return [...body, ...(tail.length ? ['', ...tail] : [])].join('\n');
}

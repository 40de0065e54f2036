/**
 * Names the asker quotes. A merchant who puts a term in quotation marks ("我们用的是“智能回复”", "the 'reasonable range'",
 * "Pay说的“省钱”") copies the briefing's own words for the thing asked, so the lines that hold those words verbatim are
 * the ones the question is about, however colloquial the wording around them. The ranking of lines by shared words
 * can bury such a line under longer ones that share the commoner words (or a glossary concept folds the quoted name
 * into a broader one: 智能回复 into auto-reply); these helpers find it by the quoted text itself.
 */
import type { Passage } from './passages.js';

// “…” 「…」 『…』 《…》 "…" ‘…’, and '…' opened after a space or line start and closed before a non-letter (an
// apostrophe in "it's" or "merchant's" is not a quote)
const QUOTE = /[“「『《"‘]([^“”「」『』《》"‘’\n]{2,60})[”」』》"’]|(?<=^|[\s(（:：,，])'([^'\n]{2,60})'(?![a-z])/gi;
// a quoted span this short or this generic names nothing in particular
const MIN_FOLDED = 2;
// quoted text held by more lines than this is a common phrase, not a name
export const QUOTED_HOLDERS = 3;

/** Width-folded, lower-cased, without spacing or punctuation: how a quoted span and a line are compared. */
export function foldQuoted(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The spans the question puts in quotation marks, folded. */
export function quotedSpans(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(QUOTE)) {
    const span = foldQuoted(m[1] ?? m[2] ?? '');
    if (span.length >= MIN_FOLDED && !out.includes(span)) out.push(span);
  }
  return out;
}

/**
 * For each quoted span, the lines that hold it verbatim (in the Chinese text or its English rendering), when there are
 * at most QUOTED_HOLDERS of them; `prefer` orders several holders (the answered topic's lines first).
 */
export function quotedHolders(question: string, passages: readonly Passage[], fold: (p: Passage) => { zh: string; en: string }): Passage[][] {
  const out: Passage[][] = [];
  for (const span of quotedSpans(question)) {
    const holders = passages.filter((p) => {
      const f = fold(p);
      return f.zh.includes(span) || f.en.includes(span);
    });
    if (holders.length && holders.length <= QUOTED_HOLDERS) out.push(holders);
  }
  return out;
}

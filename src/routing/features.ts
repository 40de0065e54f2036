import type { RoutingRules } from './cues.js';

/**
 * Features of a chat message for the job model: hashed character n-grams (1-3, digits folded to 0),
 * Latin words and word pairs, the cues of rules/routing that fire, a length bucket, and the checker's
 * verdict on the text (a message that would leak contact is more likely a draft).
 */
export const ROUTE_BITS = 17;
const MASK = (1 << ROUTE_BITS) - 1;
// Messages are classified on their head and tail: a pasted listing or a long draft shows its kind early.
const HEAD = 1200;
const TAIL = 300;

function hash(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h & MASK;
}

export function sampleOf(text: string): string {
  const s = text.normalize('NFKC');
  return s.length > HEAD + TAIL ? `${s.slice(0, HEAD)}\n${s.slice(-TAIL)}` : s;
}

/** Names of the cues that fire on a message, in the order of the rules file. */
export function firedCues(rules: RoutingRules, sample: string): string[] {
  return rules.cues.filter((c) => c.patterns.some((p) => p.test(sample))).map((c) => c.name);
}

/** How many lines of the message look like a listing's rows, bucketed: 0, 1, 2, 3-4, 5-8, 9+. */
export function listingLineBucket(rules: RoutingRules, sample: string): string {
  let n = 0;
  for (const line of sample.split('\n')) if (line.trim() && rules.listingLines.some((p) => p.test(line))) n++;
  return n < 3 ? String(n) : n < 5 ? '3-4' : n < 9 ? '5-8' : '9+';
}

export function routeFeatures(rules: RoutingRules, text: string, verdict: 'block' | 'warn' | 'pass'): number[] {
  const sample = sampleOf(text);
  const lower = sample.toLowerCase().replace(/[0-9]/g, '0');
  const out = new Set<number>();
  const norm = lower.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < norm.length; i++) {
    for (let n = 1; n <= 3 && i + n <= norm.length; n++) {
      const g = norm.slice(i, i + n);
      // Single Latin letters and spaces carry nothing; single Han characters do.
      if (n === 1 && !/[\u3400-\u9fff]/.test(g)) continue;
      out.add(hash(g, 0x811c9dc5 + n));
    }
  }
  const words = norm.split(/[^a-z0']+/).filter(Boolean);
  let prev = '^';
  for (const w of words) {
    out.add(hash('w:' + w, 7));
    out.add(hash('b:' + prev + ' ' + w, 11));
    prev = w;
  }
  for (const name of firedCues(rules, sample)) out.add(hash('cue:' + name, 13));
  const len = sample.trim().length;
  out.add(hash('len:' + (len < 15 ? 's' : len < 60 ? 'm' : len < 200 ? 'l' : len < 600 ? 'xl' : 'xxl'), 17));
  out.add(hash('lines:' + Math.min(sample.split('\n').length, 6), 19));
  out.add(hash('chk:' + verdict, 23));
  out.add(hash('listing-lines:' + listingLineBucket(rules, sample), 29));
  return [...out];
}

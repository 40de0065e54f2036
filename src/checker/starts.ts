/**
 * Where a regex's matches can start. Most rule patterns open with a long alternation of lexicon words
 * ("(?:{EMAILW}|{PHONEW}|{MSG_STRONG}|{MSG_WEAK})…"): V8 tries that alternation at every position of the draft, tens of
 * nanoseconds each, and on a typical draft (which holds the words somewhere, so the literal pre-checks pass) finds
 * nothing. Every match of such a pattern starts with one of a few strings ("wh", "wat", "微信", "email", …): the
 * positions of those strings in the draft are the only places a match can start, and the regex, made sticky, is
 * tried at those alone. Same matches, same order: a global regex returns the match at the first position where one
 * starts, and a sticky one at a position returns exactly the match the global one finds there.
 */
import { openGroup, quantifierAt, type LiteralScanner } from './literals.js';
import { nextNonEmpty } from './matches.js';

/** Strings a match (or a piece of one) equals (`exact`) or begins with (`open`). "" in `open`: nothing known. */
interface Starts {
  exact: Set<string>;
  open: Set<string>;
}

// Bounds that keep the sets small: a start string needs a few characters to be rare, not the whole word.
const MAX_STARTS = 256;
const LONG_ENOUGH = 5;

const unknown = (): Starts => ({ exact: new Set(), open: new Set(['']) });
const empty = (): Starts => ({ exact: new Set(['']), open: new Set() });

/** a then b. */
function then(a: Starts, b: Starts): Starts {
  const open = new Set(a.open);
  const exact = new Set<string>();
  if (a.exact.size * (b.exact.size + b.open.size) > MAX_STARTS) {
    // Too many combinations: a match still begins with one of a's own strings, or (when a may be empty) with the
    // first characters of one of b's.
    if (!a.exact.has('')) {
      for (const x of a.exact) open.add(x);
      return { exact, open };
    }
    for (let len = LONG_ENOUGH - 1; len >= 1; len--) {
      const short = new Set([...b.exact, ...b.open].map((y) => y.slice(0, len)));
      if (a.exact.size * short.size <= MAX_STARTS) return then(a, { exact: new Set(), open: short });
    }
    return unknown();
  }
  for (const x of a.exact) {
    if (x.length >= LONG_ENOUGH) {
      open.add(x);
      continue;
    }
    for (const y of b.exact) exact.add(x + y);
    for (const y of b.open) open.add(x + y);
  }
  return { exact, open };
}

function union(a: Starts, b: Starts): Starts {
  return { exact: new Set([...a.exact, ...b.exact]), open: new Set([...a.open, ...b.open]) };
}

/** x{min,max}. */
function repeat(x: Starts, min: number, max: number): Starts {
  if (min === 1 && max === 1) return x;
  if (min === 0 && max === 1) return { exact: new Set(['', ...x.exact]), open: x.open };
  // More than one copy, or a choice of counts: a non-empty match begins with one copy's string.
  const open = new Set([...x.exact, ...x.open]);
  return { exact: min === 0 ? new Set(['']) : new Set(), open };
}

/**
 * Reads a regex source (flags without i, u, v) into Starts. Sound by construction: anything it does not read exactly
 * (classes it cannot list, escapes for classes, back references) becomes "nothing known" for that piece.
 */
class StartParser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Starts {
    let r = this.concat();
    while (this.src[this.i] === '|') {
      this.i++;
      r = union(r, this.concat());
    }
    return r;
  }

  concat(): Starts {
    let r = empty();
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      r = then(r, repeat(atom, min, max));
    }
    return r;
  }

  quantifier(): [number, number] {
    let min: number;
    let max: number;
    [min, max, this.i] = quantifierAt(this.src, this.i);
    return [min, max];
  }

  atom(): Starts {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      let lookaround: boolean;
      [this.i, lookaround] = openGroup(src, this.i + 1);
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      // A look-around consumes nothing: the match goes on with what follows it.
      return lookaround ? empty() : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      this.i += 2;
      if (/[^A-Za-z0-9]/.test(e)) return { exact: new Set([e]), open: new Set() };
      if (e === 'b' || e === 'B') return empty();
      if (e === 'd') return { exact: new Set('0123456789'), open: new Set() };
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(this.i, this.i + 2))) {
        this.i += 2;
        return { exact: new Set([String.fromCharCode(parseInt(src.slice(this.i - 2, this.i), 16))]), open: new Set() };
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(this.i, this.i + 4))) {
        this.i += 4;
        return { exact: new Set([String.fromCharCode(parseInt(src.slice(this.i - 4, this.i), 16))]), open: new Set() };
      }
      if (e === 'k') throw new Error('back reference');
      if (/[1-9]/.test(e)) throw new Error('back reference');
      if (e === 'c' || e === 'x' || e === 'u' || e === 'p' || e === 'P') throw new Error('escape not read');
      return unknown(); // \s \w \D \n ... : a class
    }
    if (c === '^' || c === '$') {
      this.i++;
      return empty();
    }
    if (c === '.') {
      this.i++;
      return unknown();
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error('unexpected ' + c);
    const code = src.charCodeAt(this.i);
    const w = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    this.i += w;
    return { exact: new Set([src.slice(this.i - w, this.i)]), open: new Set() };
  }

  /** A class of a few listed characters ("[a@4]", "[,，]", "[0-9]") is those; any other class, nothing known. */
  charClass(): Starts {
    const src = this.src;
    let j = this.i + 1;
    const negated = src[j] === '^';
    if (negated) j++;
    const chars: string[] = [];
    let listable = !negated;
    while (j < src.length && src[j] !== ']') {
      let ch = src[j]!;
      if (ch === '\\') {
        const e = src[j + 1] ?? '';
        j += 2;
        if (/[^A-Za-z0-9]/.test(e)) ch = e;
        else if (e === 'd') {
          chars.push(...'0123456789'.split(''));
          continue;
        } else {
          listable = false; // \s, \d, \x41 ... inside a class: not listed here
          continue;
        }
      } else j++;
      if (src[j] === '-' && src[j + 1] !== ']' && j + 1 < src.length) {
        const hi = src[j + 1]!;
        j += 2;
        if (hi === '\\' || hi.charCodeAt(0) - ch.charCodeAt(0) > 16 || hi.charCodeAt(0) < ch.charCodeAt(0)) {
          if (hi === '\\') j++;
          listable = false;
          continue;
        }
        for (let k = ch.charCodeAt(0); k <= hi.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(ch);
    }
    if (j >= src.length) throw new Error('unterminated class');
    this.i = j + 1;
    // Surrogate halves in a class (an emoji without the u flag) are single code units; still exact.
    return listable && chars.length > 0 && chars.length <= 32 ? { exact: new Set(chars), open: new Set() } : unknown();
  }
}

/**
 * Strings every match of the regex begins with, none a prefix of another; null when the parser cannot tell
 * (a match may begin anywhere, may be empty, or the flags change how the source reads).
 */
export function startStrings(source: string, flags: string): string[] | null {
  if (/[^gmsdy]/.test(flags)) return null;
  let starts: Starts;
  try {
    const p = new StartParser(source);
    starts = p.alternation();
    if (p.i !== source.length) return null;
  } catch {
    return null;
  }
  const all = [...starts.exact, ...starts.open];
  if (all.some((s) => s === '')) return null;
  // "wh" covers "wha", "whats": positions of the longer strings are positions of the shorter.
  const sorted = [...new Set(all)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.startsWith(k))) kept.push(s);
  return kept;
}

// A sticky try costs about as much as V8's own scan over a few dozen characters: past one candidate position per
// this many characters of the draft, the regex's own scan (from the first candidate) is the cheaper way.
const CHARS_PER_TRY = 32;
const MAX_TRIES = 32;
const found = new Int32Array(MAX_TRIES + 1);

/**
 * The positions where a regex's matches can start in one view of a draft, from its start strings and the view's
 * literal scan. Built once per regex; answers one draft at a time (the checker is synchronous).
 */
export class MatchStarts {
  readonly starts: string[] | null;
  private readonly ids: Int32Array;
  /** Candidate positions of the last where(), ascending, at[0 .. count). */
  readonly at = new Int32Array(MAX_TRIES);
  count = 0;
  /** Where the first candidate is, when where() gave up listing them. */
  firstAt = 0;

  constructor(source: string, flags: string, private readonly scanner: LiteralScanner) {
    const starts = startStrings(source, flags);
    // Any start strings are listed, however few: a regex opening with a few words ("\b(?:your|ur)\s…", "(?:price|cost)
    // …") was left to V8's own scan (under 12 start strings), and sixteen such patterns came to a third of a 500-character
    // draft's check. Where a start string is too common to list, the scan still begins at its first place.
    this.starts = starts && starts.length > 0 ? starts : null;
    this.ids = Int32Array.from(this.starts ?? [], (l) => scanner.id(l));
  }

  /**
   * 'none': no match can start in s; 'listed': only at at[0 .. count); 'scan': too many places to list, the regex
   * must scan from firstAt (as it must from 0 when the regex has no start strings).
   */
  where(s: string, hits: Uint8Array): 'none' | 'listed' | 'scan' {
    const starts = this.starts;
    this.firstAt = 0;
    if (!starts) return 'scan';
    const limit = Math.min(MAX_TRIES, s.length >> 5 || 1);
    let n = 0;
    let first = s.length;
    // The scan noted each string's first place (when it scanned s): on a long draft, where the positions soon pass
    // the limit, most strings then cost no search at all.
    const noted = this.scanner.recorded(hits, s);
    for (let q = 0; q < starts.length; q++) {
      const id = this.ids[q]!;
      if (hits[id] !== 1) continue;
      const lit = starts[q]!;
      if (noted) {
        if (n > limit) {
          // Past the limit only the first position of each string still counts (for firstAt).
          const p = this.scanner.firstAt(id);
          if (p < first) first = p;
          continue;
        }
        // The same places, as the scanner keeps them for this draft (several rules open with the same strings).
        const count = this.scanner.placesOf(id, lit, s, limit + 1);
        const at = this.scanner.placesFrom(id);
        const places = this.scanner.places;
        if (places[at]! < first) first = places[at]!;
        for (let k = 0; k < count && n <= limit; k++) found[n++] = places[at + k]!;
        continue;
      }
      let p = s.indexOf(lit);
      if (p >= 0 && p < first) first = p;
      // Past the limit only the first position of each string still counts (for firstAt).
      for (; p >= 0 && n <= limit; p = s.indexOf(lit, p + 1)) found[n++] = p;
    }
    if (n === 0) return 'none';
    if (n > limit) {
      this.firstAt = first;
      return 'scan';
    }
    // Insertion sort (a handful of positions), dropping repeats.
    let m = 0;
    for (let k = 0; k < n; k++) {
      const p = found[k]!;
      let j = m;
      while (j > 0 && this.at[j - 1]! > p) j--;
      if (j > 0 && this.at[j - 1] === p) continue;
      this.at.copyWithin(j + 1, j, m);
      this.at[j] = p;
      m++;
    }
    this.count = m;
    return 'listed';
  }
}

/** The sticky twin of a regex (same source, tries one position only), made once. */
const stickyOf = new WeakMap<RegExp, RegExp>();
export function sticky(re: RegExp): RegExp {
  let y = stickyOf.get(re);
  if (!y) stickyOf.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return y;
}

/**
 * A global regex's non-empty matches in a draft's view, in order (as nextNonEmpty gives them), tried only where a
 * match can start. One per regex: begin() then next() until null, a draft at a time.
 */
export class StartedMatches {
  private readonly where: MatchStarts;
  private re: RegExp | null = null;
  private y: RegExp | null = null;
  private s = '';
  private k = 0;
  private listed = false;

  constructor(re: RegExp, scanner: LiteralScanner) {
    // Only for global regexes read without the i, u, v flags.
    this.where = new MatchStarts(re.flags.includes('g') ? re.source : '', /^[gmsd]*$/.test(re.flags) ? re.flags : 'u', scanner);
  }

  /**
   * Starts the matches of re (the regex this was made for, or one cut from its alternatives) in s; hits: the
   * scanner's literal hits on s. False when no match can start anywhere.
   */
  begin(re: RegExp, s: string, hits: Uint8Array): boolean {
    this.re = re;
    this.s = s;
    re.lastIndex = 0;
    const where = this.where.where(s, hits);
    if (where === 'none') return false;
    this.listed = where === 'listed';
    if (this.listed) {
      this.y = sticky(re);
      this.k = 0;
    } else re.lastIndex = this.where.firstAt;
    return true;
  }

  next(): RegExpExecArray | null {
    const re = this.re!;
    if (!this.listed) return nextNonEmpty(re, this.s);
    const y = this.y!;
    const at = this.where.at;
    while (this.k < this.where.count) {
      const p = at[this.k++]!;
      if (p < re.lastIndex) continue; // inside the previous match
      y.lastIndex = p;
      const m = y.exec(this.s);
      if (m) {
        re.lastIndex = p + m[0].length;
        return m;
      }
    }
    return null;
  }
}

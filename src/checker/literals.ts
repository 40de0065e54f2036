/**
 * Necessary literals of a regex, so a recognizer can skip a pattern whose match is impossible on this draft.
 * Scanning a big alternation ("{MSG_STRONG}...") position by position costs far more than one literal scan.
 *
 * literalSets(source) returns a list of any-of sets: every match of the regex, each whitespace character read as
 * ' ', contains at least one string from EACH set. Words joined by \s, small classes ("[a@4]") and short repeats
 * ("t{1,2}") are spelled out into longer literals. Anything the parser is not sure about (large classes, escapes,
 * back references, optional parts) simply contributes no requirement, so the result is always sound: it may miss
 * a chance to skip, never skip a pattern that could match. Only for regexes without the i, u, v, x-like flags.
 */

import { MatchStarts, sticky } from './starts.js';

type Req = Array<Set<string>>; // conjunction of disjunctions

interface Node {
  req: Req; // requirements when the node occurs once
  /**
   * The node matches exactly one of these strings (a few at most), whitespace written as ' '; null when it may match
   * others. Look-arounds and assertions match ''. Adjacent exact nodes spell longer, rarer literals together
   * ("whats?\s?app" is one of whatsapp, whats app, whatapp, what app) than each does alone ("what", "app").
   */
  exact: string[] | null;
}

// How many spellings a run of exact nodes may have before it is cut into separate requirements.
const MAX_EXACT = 32;
// Every whitespace character stands as ' ' in the literals: the scanner reads them all as one (see LiteralScanner).
const WS = ' ';
const isWs = (c: string) => /^\s$/.test(c);
/** A literal with its whitespace written as ' ', as the scanner reads it. */
export const canonicalWs = (lit: string) => lit.replace(/\s/g, WS);

/** The strings x{min,max} spells, when few ("t{1,2}": t, tt; "s?": s, ''); null when too many or unbounded. */
function repeated(x: string[], min: number, max: number): string[] | null {
  if (min === 1 && max === 1) return x;
  if (max > 3) return null;
  let copies: string[] | null = [''];
  const out = new Set<string>(min === 0 ? [''] : []);
  for (let k = 1; k <= max && copies; k++) {
    copies = product(copies, x);
    if (copies && k >= min) for (const c of copies) out.add(c);
  }
  return copies && out.size <= MAX_EXACT ? [...out] : null;
}

// A literal's first characters are as necessary as the whole (the match holds them too) and nearly as rare: the
// scanner's table grows with the literals' length, and spelled-out runs ("unit price will be ") made it too big to
// stay in cache.
export const MAX_LITERAL = 8;
/** The first MAX_LITERAL characters of a literal (a surrogate pair is not split). */
export function head(lit: string): string {
  if (lit.length <= MAX_LITERAL) return lit;
  const c = lit.charCodeAt(MAX_LITERAL - 1);
  return lit.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_LITERAL - 1 : MAX_LITERAL);
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/**
 * Past a group's opening "(" at i: where its body starts, and whether it is a look-around (which consumes nothing).
 * Shared by the necessary-literal parser here and the start-string parser (starts.ts).
 */
export function openGroup(src: string, i: number): [number, boolean] {
  if (src[i] !== '?') return [i, false];
  const rest = src.slice(i, i + 3);
  if (rest.startsWith('?:')) return [i + 2, false];
  if (rest.startsWith('?=') || rest.startsWith('?!')) return [i + 2, true];
  if (rest.startsWith('?<=') || rest.startsWith('?<!')) return [i + 3, true];
  if (rest.startsWith('?<')) {
    const close = src.indexOf('>', i);
    if (close < 0) throw new Error('bad group name');
    return [close + 1, false];
  }
  throw new Error('unsupported group');
}

/**
 * The quantifier at i ("?", "*", "+", "{n}", "{n,}", "{n,m}", each maybe lazy): its bounds and where the source goes
 * on. None there, or a "{" that opens no quantifier (a literal, read as an atom next): [1, 1, i].
 */
export function quantifierAt(src: string, i: number): [number, number, number] {
  const c = src[i];
  let q: [number, number];
  let next = i + 1;
  if (c === '?') q = [0, 1];
  else if (c === '*') q = [0, Infinity];
  else if (c === '+') q = [1, Infinity];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (!m) return [1, 1, i];
    const min = Number(m[1]);
    q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    next = i + m[0].length;
  } else return [1, 1, i];
  if (src[next] === '?') next++; // lazy
  return [q[0], q[1], next];
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := concat ('|' concat)* */
  alternation(): Node {
    const branches: Node[] = [this.concat()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.concat());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: string[] | null = [];
    for (const b of branches) exact = exact && b.exact ? [...new Set([...exact, ...b.exact])] : null;
    if (exact && exact.length > MAX_EXACT) exact = null;
    // Any-of over the branches: each branch contributes its best set; a branch without one voids the lot.
    const union = new Set<string>();
    for (const b of branches) {
      const best = pickBest(b.req);
      if (!best) return { req: [], exact };
      for (const s of best) union.add(s);
    }
    return { req: [union], exact };
  }

  concat(): Node {
    const req: Req = [];
    // The strings the exact nodes since the last cut spell, one of which the match holds there.
    let run: string[] = [''];
    let whole = true; // every node so far joined the run: the concatenation is exact
    const endRun = () => {
      if (!run.includes('')) req.push(new Set(run));
      run = [''];
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      const ex = atom.exact && repeated(atom.exact, min, max);
      if (ex) {
        const joined = product(run, ex);
        if (joined) {
          run = joined;
          continue;
        }
        // Too many spellings: the run so far is one requirement, this node starts the next.
        endRun();
        whole = false;
        run = ex;
        continue;
      }
      endRun();
      whole = false;
      if (min >= 1) {
        req.push(...atom.req);
        // A repeated exact node ("t{1,2}", "(?:ab)+") holds one of its strings at least once, but joins no run.
        if (atom.exact && !atom.exact.includes('')) req.push(new Set(atom.exact));
      }
    }
    const exact = whole ? run : null;
    endRun();
    return { req, exact };
  }

  /** The quantifier's bounds ([1, 1] when there is none). Consumes a lazy '?' too. */
  quantifier(): [number, number] {
    let min: number;
    let max: number;
    [min, max, this.i] = quantifierAt(this.src, this.i);
    return [min, max];
  }

  atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      let lookaround: boolean;
      [this.i, lookaround] = openGroup(src, this.i + 1);
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      // A look-around consumes nothing: it requires nothing of the match and spells ''.
      return lookaround ? { req: [], exact: [''] } : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      this.i += 2;
      // Escaped punctuation is that char; \s, \n, \t ... whitespace; \d a digit; \b and \B assert (consume
      // nothing). Other letters and digits are classes, back references or code escapes (\x41, \u0041, \cJ): nothing known.
      if (/[^A-Za-z0-9]/.test(e)) return { req: [], exact: [isWs(e) ? WS : e] };
      if (e === 's' || e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') return { req: [], exact: [WS] };
      if (e === 'd') return { req: [], exact: DIGITS };
      if (e === 'b' || e === 'B') return { req: [], exact: [''] };
      if (e === 'x') this.i += 2;
      else if (e === 'u') this.i += src[this.i] === '{' ? src.indexOf('}', this.i) - this.i + 1 : 4;
      else if (e === 'c') this.i += 1;
      else if (e === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
      return { req: [], exact: null };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { req: [], exact: [''] };
    }
    if (c === '.') {
      this.i++;
      return { req: [], exact: null };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error('unexpected ' + c);
    // A plain char; surrogate pairs stay together so a quantifier never splits them.
    const code = src.charCodeAt(this.i);
    const w = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    this.i += w;
    const lit = src.slice(this.i - w, this.i);
    return { req: [], exact: [isWs(lit) ? WS : lit] };
  }

  /** A class of a few listed characters ("[a@4]", "[,，]", "[\s,]") is those; any other class, nothing known. */
  charClass(): Node {
    const src = this.src;
    let j = this.i + 1;
    const negated = src[j] === '^';
    if (negated) j++;
    const chars = new Set<string>();
    // "[]" matches nothing and "[^]" anything: neither is listed.
    let listable = !negated && src[j] !== ']';
    while (j < src.length && src[j] !== ']') {
      let ch = src[j]!;
      if (ch === '\\') {
        const e = src[j + 1] ?? '';
        j += 2;
        if (/[^A-Za-z0-9]/.test(e)) ch = e;
        else if (e === 's' || e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') ch = WS;
        else if (e === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        } else {
          listable = false; // \w, \x41, \u4e00 ... inside a class: not listed here
          if (e === 'x') j += 2;
          else if (e === 'u') j += src[j] === '{' ? src.indexOf('}', j) - j + 1 : 4;
          else if (e === 'c') j += 1;
          continue;
        }
      } else {
        const code = src.charCodeAt(j);
        if (code >= 0xd800 && code <= 0xdbff) listable = false; // an astral char is two units here: not listed
        j++;
      }
      if (src[j] === '-' && src[j + 1] !== ']' && j + 1 < src.length) {
        listable = false; // a range: not listed (its end may be an escape)
        j += src[j + 1] === '\\' ? 3 : 2;
        continue;
      }
      chars.add(isWs(ch) ? WS : ch);
    }
    if (j >= src.length) throw new Error('unterminated class');
    this.i = j + 1;
    if (!listable || chars.size === 0 || chars.size > 16) return { req: [], exact: null };
    return { req: [], exact: [...chars] };
  }
}

const DIGITS = '0123456789'.split('');

/**
 * Most selective set: non-ASCII literals are rare in most drafts, and longer literals rarer than short ones. (A set
 * costs one read however large it is: the scan marks it.)
 */
function rank(set: Set<string>): number {
  let ascii = false;
  let shortest = Infinity;
  for (const s of set) {
    if (/[\x00-\x7f]/.test(s)) ascii = true;
    shortest = Math.min(shortest, s.length);
  }
  return (ascii ? 1000 : 0) - 10 * Math.min(shortest, 12) + Math.min(set.size, 9);
}

/** The most selective of a regex's literal sets (as literalSets gives them), as pickBest chooses; null when none. */
export function rarestSet(sets: string[][]): string[] | null {
  const asSets = sets.map((set) => new Set(set));
  const best = pickBest(asSets);
  return best ? sets[asSets.indexOf(best)]! : null;
}

function pickBest(req: Req): Set<string> | null {
  let best: Set<string> | null = null;
  for (const s of req) if (s.size > 0 && (!best || rank(s) < rank(best))) best = s;
  return best;
}

/** Whether `s` can hold a match, by the sets from literalSets (substring checks; the scanner does this in one pass). */
export function mayMatch(text: string, sets: string[][]): boolean {
  const s = canonicalWs(text);
  for (const set of sets) {
    let hit = false;
    for (const lit of set) {
      if (s.includes(lit)) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

/**
 * Every any-of literal set the parser can prove for a regex (ASCII ones too), for use with a LiteralScanner:
 * once the scan has run, checking a set costs a few array reads however common its words are.
 */
export function literalSets(source: string, flags: string): string[][] {
  if (/[^gyd]/.test(flags)) return [];
  try {
    const p = new Parser(source);
    const { req } = p.alternation();
    if (p.i !== source.length) return [];
    const sets = new Map<string, string[]>();
    for (const set of req) {
      if (set.size === 0) continue;
      const cut = [...new Set(Array.from(set, head))];
      sets.set(cut.sort().join('\u0000'), cut);
    }
    return [...sets.values()];
  } catch {
    return [];
  }
}

/**
 * A top-level alternative that is a string, possibly bounded: "(?<![a-z0-9])app" (no lower-case letter or digit
 * before), "\\bmy\\b" (a word boundary before and after, next to word characters). Escaped punctuation counts as
 * the character. Anything else is not simple.
 */
export interface SimpleAlternative {
  lit: string;
  before: 'none' | 'alnum' | 'word';
  after: 'none' | 'word';
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;

function simpleAlternative(alt: string): SimpleAlternative | null {
  let body = alt;
  let before: SimpleAlternative['before'] = 'none';
  let after: SimpleAlternative['after'] = 'none';
  if (body.startsWith('(?<![a-z0-9])')) [body, before] = [body.slice(13), 'alnum'];
  else if (body.startsWith('\\b')) [body, before] = [body.slice(2), 'word'];
  // A trailing \b, unless that backslash is itself escaped (source "\\\\b" is a backslash, then "b").
  if (/(?:^|[^\\])(?:\\\\)*\\b$/.test(body)) [body, after] = [body.slice(0, -2), 'word'];
  let lit = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) return null; // a class, an assertion or a code escape
      lit += e;
      i++;
    } else if (/[\^$.*+?()[\]{}|]/.test(c)) return null;
    else lit += c;
  }
  if (lit === '') return null;
  // \b next to a non-word character means something else; leave those to the regex.
  if (before === 'word' && !WORD_CHAR.test(lit[0]!)) return null;
  if (after === 'word' && !WORD_CHAR.test(lit[lit.length - 1]!)) return null;
  return { lit, before, after };
}

/**
 * Top-level alternatives that are simple strings (see SimpleAlternative); a bare "(?:a|b)" group of simple strings
 * counts as its parts. `all` is true when every alternative is simple, so the list decides the regex.
 */
export function plainAlternatives(source: string): { plain: string[]; bounded: SimpleAlternative[]; all: boolean } {
  const plain: string[] = [];
  const bounded: SimpleAlternative[] = [];
  let all = true;
  for (const alt of topLevelAlternatives(source)) {
    const bare = /^\(\?:(.*)\)$/.exec(alt)?.[1];
    let pieces = [alt];
    if (bare !== undefined) {
      const inner = topLevelAlternatives(bare);
      if (inner.every((x) => simpleAlternative(x) !== null)) pieces = inner;
    }
    for (const piece of pieces) {
      const simple = simpleAlternative(piece);
      if (!simple) all = false;
      else if (simple.before === 'none' && simple.after === 'none') plain.push(simple.lit);
      else bounded.push(simple);
    }
  }
  return { plain, bounded, all };
}

const isLowerAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether a bounded alternative matches somewhere in s (only called once the scan found its string). */
function boundedMatch(s: string, b: SimpleAlternative): boolean {
  const n = b.lit.length;
  for (let p = s.indexOf(b.lit); p >= 0; p = s.indexOf(b.lit, p + 1)) {
    if (p > 0) {
      const c = s.charCodeAt(p - 1);
      if (b.before === 'alnum' ? isLowerAlnum(c) : b.before === 'word' && isWordCode(c)) continue;
    }
    if (b.after === 'word' && p + n < s.length && isWordCode(s.charCodeAt(p + n))) continue;
    return true;
  }
  return false;
}

/** Top-level alternatives of a regex source ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]). */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/**
 * Aho-Corasick over every literal the rules register: one table read per character tells which literals a draft
 * contains. Dozens of gates and pattern pre-checks then cost array reads instead of a regex or indexOf pass each over
 * the whole draft. Registration is closed by the first scan.
 *
 * The automaton is stored so the scan stays in cache. Only the shallow states (at most DENSE_DEPTH characters in,
 * where a scan spends about half its characters) keep a dense row over the ASCII classes (about 55 entries), which
 * answers a step outright; the deeper ones keep their trie children and failure state (Aho-Corasick), and a step from
 * one follows failure states down to a shallow row. A dense row for every state (40,000 states, 4 MB per scanner,
 * plus hash tables of exceptions for the other classes) did not fit the CPU's cache next to the rest of the check:
 * a 500-character draft's two scans cost 11 times as much in the checker as alone, waiting for memory.
 */
export class LiteralScanner {
  private ids = new Map<string, number>();
  /**
   * Any-of sets of literals (a pattern's required words, an alternation's plain strings) get ids of their own, in the
   * same id space as the literals: the scan marks a set when it first meets one of its literals, so "does the draft
   * hold any of these?" is one array read however long the set. Checking sets literal by literal was a fifth of the
   * checker's time: hundreds of patterns per draft each read sets of up to hundreds of ids, most of them absent.
   */
  private setIds = new Map<string, number>();
  private setMembers: Array<[number, number[]]> = [];
  private count = 0;
  private built: {
    cls: Uint16Array; // char code -> alphabet class (0: in no literal); ASCII classes are 1 .. dense - 1
    dense: number; // classes below this have a dense row in the shallow states
    shallow: number; // states below this (breadth-first numbers: those at most DENSE_DEPTH deep) have dense rows
    // 16-bit arrays while the rules stay under 65536 states, 32-bit past that.
    // state * dense + class -> state, for the shallow states. Class 0 (a character in no literal) leads back to the
    // start state from every state, so its column holds the state's output instead: the number (from 1; 0 for none) of
    // the output record of the state itself when a literal ends there, else of the nearest state down its failure
    // chain where one does.
    lo: Uint16Array | Int32Array;
    rootRow: Uint16Array | Int32Array; // class -> the start state's child on it (0: none), for every class
    // Per state, four numbers side by side: the class of the edge into it, its failure state, its output record (as in
    // lo's class-0 column) and its first child. A state's children are consecutive, sorted by class, and end where
    // the next state's begin: a step reads the state's numbers and its children's, each child's class next to what
    // the scan reads once there.
    node: Uint16Array | Int32Array;
    // Per output record (a state where a literal ends), REC numbers side by side: the serial of the scan that last
    // passed it, the next output record down its failure chain (0: none), where its literal first ended in the
    // recorded text (see hitsOf), the literal's id, how many sets hold the literal, and their ids (the first
    // INLINE_SETS of them; more are in `marks`, from the offset in the first slot). A literal found is one read from
    // memory: its record, its marks and its first place, each in an array of its own, cost a cache miss each.
    outRec: Int32Array;
    marks: Int32Array; // the set ids of the records with more than INLINE_SETS
    recOfLit: Int32Array; // literal id -> its output record
  } | null = null;

  /** Id of a literal (registering it if new); only before the first scan. */
  id(literal: string): number {
    const lit = canonicalWs(literal);
    let id = this.ids.get(lit);
    if (id === undefined) {
      if (lit === '') throw new Error('LiteralScanner: an empty literal (it is in every text)');
      if (this.built) throw new Error('LiteralScanner: literal registered after the first scan');
      id = this.count++;
      this.ids.set(lit, id);
    }
    return id;
  }

  /**
   * Id of an any-of set of literals: after a scan, hits[set] is 1 when the text holds at least one of them. A set of
   * one literal is that literal's id; equal sets share an id. Only before the first scan.
   */
  set(lits: Iterable<string>): number {
    const members = [...new Set(Array.from(lits, (l) => this.id(l)))].sort((a, b) => a - b);
    if (members.length === 0) throw new Error('LiteralScanner: empty set');
    if (members.length === 1) return members[0]!;
    const key = members.join(',');
    let id = this.setIds.get(key);
    if (id === undefined) {
      // The scan marks only the sets it was built with: a later one would never be hit.
      if (this.built) throw new Error('LiteralScanner: set registered after the first scan');
      id = this.count++;
      this.setIds.set(key, id);
      this.setMembers.push([id, members]);
    }
    return id;
  }

  /** Set ids of a list of any-of sets (a conjunction: see allHit). */
  sets(sets: Iterable<string>[]): Int32Array {
    return Int32Array.from(sets, (set) => this.set(set));
  }

  /** Ids given out (literals and sets): the length of a hits array. */
  get size(): number {
    return this.count;
  }

  private build() {
    const lits = [...this.ids.keys()];
    const litIds = [...this.ids.values()];
    const codes = new Set<number>();
    for (const l of lits) for (let i = 0; i < l.length; i++) codes.add(l.charCodeAt(i));
    // ASCII classes first, so they fit the dense rows.
    const ordered = [...codes].sort((a, b) => a - b);
    const cls = new Uint16Array(65536);
    ordered.forEach((code, k) => (cls[code] = k + 1));
    // Every whitespace character reads as ' ' (literals are registered so): a literal spelled with a space stands for
    // any whitespace there, as a regex's \s does. A hit is then one modulo whitespace; test() checks such strings.
    for (const code of wsCodes()) cls[code] = cls[32]!;
    const width = ordered.length + 1;
    const dense = ordered.filter((c) => c < 0x80).length + 1;
    // Trie.
    const kids: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    lits.forEach((l, k) => {
      const id = litIds[k]!;
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = cls[l.charCodeAt(i)]!;
        let t = kids[s]!.get(c);
        if (t === undefined) {
          t = kids.length;
          kids.push(new Map());
          ends.push([]);
          kids[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]!.push(id);
    });
    const n = kids.length;
    // States are numbered in breadth-first order: the shallow ones (the only ones with dense rows) come first, and a
    // state's children are consecutive, sorted by the class of the edge into them.
    const trieNode = [0]; // state -> trie node
    const first = new Int32Array(n); // state -> its first child's state
    const count = new Int32Array(n); // state -> how many children
    const inCls = new Int32Array(n); // state -> class of the edge into it
    const depth = new Int32Array(n);
    for (let q = 0; q < trieNode.length; q++) {
      const edges = [...kids[trieNode[q]!]!].sort((a, b) => a[0] - b[0]);
      first[q] = trieNode.length;
      count[q] = edges.length;
      for (const [c, t] of edges) {
        inCls[trieNode.length] = c;
        depth[trieNode.length] = depth[q]! + 1;
        trieNode.push(t);
      }
    }
    // Literals are distinct strings, so at most one ends at a trie node; none at the start state (an empty literal is
    // refused in id(), it would be in every text).
    const own = Int32Array.from(trieNode, (t) => (ends[t]!.length > 0 ? ends[t]![0]! : -1));
    const child = (q: number, c: number): number => {
      for (let k = first[q]!, e = k + count[q]!; k < e; k++) if (inCls[k] === c) return k;
      return -1;
    };
    let shallow = 0;
    while (shallow < n && depth[shallow]! <= DENSE_DEPTH) shallow++;
    const big = n >= 65536 || width >= 65536;
    const lo = big ? new Int32Array(shallow * dense) : new Uint16Array(shallow * dense);
    const fail = new Int32Array(n);
    // Output link: the longest proper suffix of a state's string that is a whole literal. Following it from a state
    // lists every literal ending there (Aho-Corasick's dictionary suffix links), each literal at its own state once.
    const outLink = new Int32Array(n);
    // Where the automaton goes from q on class c: its child, else where its failure state goes (the dense rows of
    // shallower states, all built before q's children ask, answer most of the chain).
    const step = (q: number, c: number): number => {
      for (;;) {
        if (q < shallow && c < dense) return lo[q * dense + c]!;
        const t = child(q, c);
        if (t >= 0) return t;
        if (q === 0) return 0;
        q = fail[q]!;
      }
    };
    for (let q = 0; q < n; q++) {
      for (let t = first[q]!, e = t + count[q]!; t < e; t++) {
        fail[t] = q === 0 ? 0 : step(fail[q]!, inCls[t]!);
        outLink[t] = own[fail[t]!]! >= 0 ? fail[t]! : outLink[fail[t]!]!;
      }
      // A shallow state's row: its child, else its failure state's row (shallower, built already).
      for (let c = 1; q < shallow && c < dense; c++) {
        const t = child(q, c);
        lo[q * dense + c] = t >= 0 ? t : q === 0 ? 0 : lo[fail[q]! * dense + c]!;
      }
    }
    // Output records, numbered from 1 in breadth-first order (the start state's 0 stands for none).
    const recOf = new Int32Array(n);
    let records = 0;
    for (let s = 1; s < n; s++) if (own[s]! >= 0) recOf[s] = ++records;
    // Which sets each literal belongs to.
    const memberOf: number[][] = Array.from({ length: this.count }, () => []);
    for (const [set, members] of this.setMembers) for (const m of members) memberOf[m]!.push(set);
    const outRec = new Int32Array(REC * (records + 1));
    const marks = new Int32Array(memberOf.reduce((sum, m) => sum + (m.length > INLINE_SETS ? m.length : 0), 0));
    const recOfLit = new Int32Array(this.count);
    let at = 0;
    for (let s = 1; s < n; s++) {
      const r = recOf[s]!;
      if (r === 0) continue;
      const id = own[s]!;
      const sets = memberOf[id]!;
      recOfLit[id] = r;
      outRec[REC * r + 1] = recOf[outLink[s]!]!;
      outRec[REC * r + 3] = id;
      outRec[REC * r + 4] = sets.length;
      if (sets.length <= INLINE_SETS) outRec.set(sets, REC * r + 5);
      else {
        outRec[REC * r + 5] = at;
        marks.set(sets, at);
        at += sets.length;
      }
    }
    // One more record than states: the last holds only where the children of the last state end.
    const node = big ? new Int32Array(4 * (n + 1)) : new Uint16Array(4 * (n + 1)); // records are fewer than states
    for (let s = 0; s < n; s++) {
      const out = recOf[own[s]! >= 0 ? s : outLink[s]!]!;
      node.set([inCls[s]!, fail[s]!, out, first[s]!], 4 * s);
      if (s < shallow) lo[s * dense] = out; // class 0's column: the output record (see `built`)
    }
    node[4 * n + 3] = n;
    const rootRow = big ? new Int32Array(width) : new Uint16Array(width);
    for (let k = first[0]!, e = k + count[0]!; k < e; k++) rootRow[inCls[k]!] = k;
    this.built = { cls, dense, shallow, lo, rootRow, node, outRec, marks, recOfLit };
    this.lens = new Int32Array(this.count);
    lits.forEach((l, k) => (this.lens![litIds[k]!] = l.length));
  }

  /** Which registered literals (and sets) occur in s, whitespace read as ' ': a byte per id. */
  scan(s: string): Uint8Array {
    return this.scanInto(s, new Uint8Array(this.count));
  }

  private shared: Uint8Array | null = null;
  private sharedFor: { readonly s: string } | null = null;
  /** Each literal's length: firstAt turns the end its record notes (an index of its last char) into a start. */
  private lens: Int32Array | null = null;

  /**
   * scan(owner.s) into one buffer the scanner keeps, rescanned only when another owner (a draft's view) asks. The
   * checker is synchronous and each recognizer reads the hits straight away, so one buffer serves every draft: a
   * fresh one per draft and view cost more than the scan. A caller must not keep the array past its own draft.
   */
  hitsOf(owner: { readonly s: string }): Uint8Array {
    if (this.sharedFor !== owner || !this.shared) {
      this.shared ??= new Uint8Array(this.count);
      this.sharedFor = null;
      this.shared.fill(0);
      this.scanInto(owner.s, this.shared, true);
      this.sharedFor = owner;
      this.recording++;
    }
    return this.shared;
  }

  /**
   * Whether firstAt() answers for s: `hits` is the shared buffer of a scan of exactly s (not a scan() of another
   * text, nor hits read against another string, such as a view with spans blanked). Asked once per search: two
   * equal strings that are not the same object compare character by character.
   */
  recorded(hits: Uint8Array, s: string): boolean {
    return hits === this.shared && this.sharedFor !== null && this.sharedFor.s === s;
  }

  /**
   * Where literal `id` first occurs in the recorded text (recorded() was true, and hits[id] === 1). Noted during the
   * scan, so a start-position search (starts.ts) need not look for the first place of each start string again.
   */
  firstAt(id: number): number {
    const { outRec, recOfLit } = this.built!;
    return outRec[recOfLit[id]! * REC + 2]! - this.lens![id]! + 1;
  }

  /** Counts scans into the shared buffer: places found in one are kept (see placesOf) until the next. */
  private recording = 0;
  private placesFor: Int32Array | null = null; // per literal id, the recording its places were found in
  private placesAt: Int32Array | null = null; // per literal id, where its places start in `places`
  private placesCount: Int32Array | null = null;
  private placesMax: Int32Array | null = null; // how many were looked for (fewer were found when count < max)
  private placesUsed = 0;
  private placesRecording = 0;
  /** The places of placesOf, in ranges per literal. */
  places = new Int32Array(256);

  /**
   * Where literal `id` (spelled `lit`, and its first place noted: recorded() was true for s, hits[id] === 1) occurs in
   * s, in order, at most `max` places: how many, found at places[placesFrom(id) ...]. Kept for the recorded text,
   * since rules that open with the same word ("your", "加", "wh") all look for its places in the same draft: an
   * indexOf per place and rule was most of the start-position search.
   */
  placesOf(id: number, lit: string, s: string, max: number): number {
    this.placesFor ??= new Int32Array(this.count);
    this.placesAt ??= new Int32Array(this.count);
    this.placesCount ??= new Int32Array(this.count);
    this.placesMax ??= new Int32Array(this.count);
    if (this.placesFor[id] === this.recording && this.placesMax[id]! >= max) return Math.min(max, this.placesCount[id]!);
    if (this.placesRecording !== this.recording) {
      this.placesUsed = 0; // the first literal looked up in this recording
      this.placesRecording = this.recording;
    }
    if (this.placesUsed + max > this.places.length) {
      const grown = new Int32Array(Math.max(2 * this.places.length, this.placesUsed + max));
      grown.set(this.places.subarray(0, this.placesUsed));
      this.places = grown;
    }
    const at = this.placesUsed;
    let n = 0;
    for (let p = this.firstAt(id); p >= 0 && n < max; p = s.indexOf(lit, p + 1)) this.places[at + n++] = p;
    this.placesFor[id] = this.recording;
    this.placesAt[id] = at;
    this.placesCount[id] = n;
    this.placesMax[id] = max;
    this.placesUsed = at + n;
    return n;
  }

  /** Where the places of the last placesOf(id, ...) start in `places`. */
  placesFrom(id: number): number {
    return this.placesAt![id]!;
  }

  /** The serial of the last scan (see scanInto). */
  private scanSerial = 0;

  /** The scan; with `noteFirst`, each literal's first place is noted in its record too (for firstAt). */
  private scanInto(s: string, hits: Uint8Array, noteFirst = false): Uint8Array {
    if (!this.built) this.build();
    const { cls, dense, shallow, lo, rootRow, node, outRec, marks } = this.built!;
    // The literals ending at a character are those of its state's output record and of the records down the output
    // links from there. Each record is read the first time the scan passes it, and the links are followed only until a
    // record this scan already passed (whose own links it then followed): so each literal is read once, at its first
    // place, however often it occurs. Reading every literal of every new state (a state's whole list, the common short
    // ones again and again) was two thirds of the scan's instructions. Each scan has a serial of its own, so no mark
    // of an earlier scan counts.
    if (this.scanSerial === 0x7fffffff) {
      for (let r = 0; r < outRec.length; r += REC) outRec[r] = 0;
      this.scanSerial = 0;
    }
    const serial = ++this.scanSerial;
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = cls[s.charCodeAt(i)]!;
      if (c === 0) {
        state = 0; // a character in no literal: back to the start state, where no literal ends
        continue;
      }
      // Aho-Corasick's goto and failure: a state's child on c, else the same question of its failure state, until a
      // shallow state's dense row (or the start state's row) answers. Each failure step shortens the string matched,
      // which grew by one character per character read: linear however the text runs.
      let q = state;
      for (;;) {
        if (q < shallow && c < dense) {
          q = lo[q * dense + c]!;
          break;
        }
        if (q === 0) {
          q = rootRow[c]!;
          break;
        }
        // Its children: from its first to the next state's first (breadth-first numbers), sorted by class.
        const r = q << 2;
        let k = node[r + 3]!;
        const e = node[r + 7]!;
        while (k < e && node[k << 2]! < c) k++;
        if (k < e && node[k << 2] === c) {
          q = k;
          break;
        }
        q = node[r + 1]!;
      }
      state = q;
      // The output record: in the row's class-0 column for a shallow state (the row is read for the next character
      // anyway), else in the state's own four numbers.
      const rec = q < shallow ? lo[q * dense]! : node[(q << 2) + 2]!;
      for (let r = rec * REC; r !== 0 && outRec[r] !== serial; r = outRec[r + 1]! * REC) {
        outRec[r] = serial;
        // A literal's first place: it and every set it belongs to are hit.
        if (noteFirst) outRec[r + 2] = i;
        hits[outRec[r + 3]!] = 1;
        const sets = outRec[r + 4]!;
        if (sets <= INLINE_SETS) for (let k = r + 5, e = k + sets; k < e; k++) hits[outRec[k]!] = 1;
        else for (let k = outRec[r + 5]!, e = k + sets; k < e; k++) hits[marks[k]!] = 1;
      }
    }
    return hits;
  }
}

// An output record's numbers (see LiteralScanner's `built`), and how many set ids it holds itself: most literals
// belong to three sets or fewer, and a record of eight numbers is two to a cache line.
const REC = 8;
const INLINE_SETS = 3;

// How deep (in characters) the states with a dense row go: rows for the first two characters cover about half of
// a draft's characters (most of the rest are a state or two deeper, whose step reads its few children).
const DENSE_DEPTH = 2;

let wsList: number[] | null = null;
/** The char codes \s matches. */
function wsCodes(): number[] {
  if (!wsList) {
    wsList = [];
    for (let c = 0; c < 65536; c++) if (c !== 32 && isWs(String.fromCharCode(c))) wsList.push(c);
  }
  return wsList;
}

/** A literal set as scanner ids; true when one of them occurs. */
export function anyHit(hits: Uint8Array, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) if (hits[ids[k]!] === 1) return true;
  return false;
}

/** Every id (literal or set, see LiteralScanner.set) has a hit: a conjunction of any-of sets, a read per set. */
export function allHit(hits: Uint8Array, ids: Int32Array): boolean {
  for (let q = 0; q < ids.length; q++) if (hits[ids[q]!] !== 1) return false;
  return true;
}

/**
 * A regex test(s) answered from a literal scan where it can be: true when a plain-string alternative occurs (or a
 * bounded one with the right neighbours), false when every alternative is such a string and none matched or when
 * some set of literals every match needs is absent, the regex itself otherwise. Always the regex's answer.
 */
export interface ScannedTest {
  test(s: string, hits: Uint8Array): boolean;
}

export function scannedTest(re: RegExp, scanner: LiteralScanner): ScannedTest {
  const needs = scanner.sets(literalSets(re.source, re.flags));
  const { plain: simple, bounded, all } = re.flags.replace(/[gyd]/g, '') === '' ? plainAlternatives(re.source) : { plain: [], bounded: [], all: false };
  // The scan reads any whitespace as ' ', and knows long strings by their head: a plain string holding whitespace or
  // longer than that is looked up in s before it counts.
  const plain = simple.filter((l) => !/\s/.test(l) && head(l) === l);
  for (const lit of simple) if (/\s/.test(lit) || head(lit) !== lit) bounded.push({ lit, before: 'none', after: 'none' });
  const enough = plain.length > 0 ? scanner.set(plain) : -1;
  // A bounded string's neighbours are looked at in s anyway: its head is enough to tell it may be there.
  const boundedIds = Int32Array.from(bounded, (b) => scanner.id(head(b.lit)));
  // Where the regex's matches can start (starts.ts): tried there alone when they are few.
  const starts = all ? null : new MatchStarts(re.source, re.flags, scanner);
  return {
    test(s, hits) {
      if (enough >= 0 && hits[enough] === 1) return true;
      // A bounded string the scan found: look at its occurrences' neighbours (few, and only for strings present).
      for (let k = 0; k < bounded.length; k++) if (hits[boundedIds[k]!] === 1 && boundedMatch(s, bounded[k]!)) return true;
      if (all) return false;
      if (!allHit(hits, needs)) return false;
      const where = starts ? starts.where(s, hits) : 'scan';
      if (where === 'none') return false;
      if (where === 'listed') {
        const y = sticky(re);
        for (let k = 0; k < starts!.count; k++) {
          y.lastIndex = starts!.at[k]!;
          if (y.test(s)) return true;
        }
        return false;
      }
      re.lastIndex = 0;
      return re.test(s);
    },
  };
}

/** The top-level alternatives of a regex source, with groups that wrap a whole alternative opened up. */
export function topAlternatives(source: string): string[] {
  const pieces = topLevelAlternatives(source);
  return pieces.flatMap((p) => (p.startsWith('(?:') && closingParen(p, 0) === p.length - 1 ? topAlternatives(p.slice(3, -1)) : [p]));
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Literal sets (as literalSets gives them) that still hold for a regex tested on two pieces of the scanned text joined
 * by a space. A literal with whitespace may occur across the join without occurring in the text; but the join stands
 * at one of its spaces, so each of its pieces between whitespace lies wholly in one of the two pieces, and occurs in
 * the text. Each literal stands as its longest such piece; a set with a literal of whitespace only is dropped. (These
 * sets were dropped whole: the buyers' languages' context words, "voce tem", "me pasas", required nothing then, and
 * a third of their alternatives were tried around every match of every draft.)
 */
export function acrossJoin(sets: string[][]): string[][] {
  const out: string[][] = [];
  for (const set of sets) {
    const cut = new Set<string>();
    for (const lit of set) {
      let best = '';
      for (const piece of lit.split(/\s/)) if (piece.length > best.length) best = piece;
      if (best === '') break;
      cut.add(best);
    }
    if (cut.size > 0 && set.every((lit) => /\S/.test(lit))) out.push([...cut]);
  }
  return out;
}

/**
 * A global regex cut down, per draft, to the top-level alternatives whose required literals the draft holds. An
 * alternative that cannot match anywhere in the draft never wins at any position, so the matches (text and index)
 * are the same as the whole regex's; null when no alternative can match. Regexes with back-references are kept whole.
 */
export interface PrunedRegex {
  pick(hits: Uint8Array): RegExp | null;
}

// How many alternatives share one "any of them" literal set in prunedRegex.
const GROUP = 16;
// Cut regexes compiled and kept, across every pruned regex of every detector. V8 compiles each into machine code of
// its own (about 20 KB for the rules' long alternations) in a code space of bounded size: the kept ones grew with each
// new combination of alternatives the drafts brought, about 2,400 of them (46 MB) after 10,000 corpus texts, and a
// process checking more ran out of code space (~31,000 texts). Past this many, every cache starts again empty (a new
// generation; the regexes of the old one are collected with their code): a long-running server keeps the cuts its
// current drafts need, within a bounded memory. The cut is a speed-up only: the same matches either way.
const MAX_KEPT_CUTS = 1024;
let keptCuts = 0;
let cutGeneration = 0;

/**
 * `joined`: the regex is tested on two pieces of the scanned text joined by a space, where a literal holding
 * whitespace may occur across the join without occurring in the text: only the sets without one decide.
 */
export function prunedRegex(re: RegExp, scanner: LiteralScanner, opts: { joined?: boolean } = {}): PrunedRegex {
  const whole = { pick: () => re };
  // Multiline mode changes only what ^ and $ match, never which literals a match holds.
  const flags = re.flags.replace('m', '');
  if (/\\[1-9]|\\k</.test(re.source) || /[^gyd]/.test(flags)) return whole;
  const pieces = topAlternatives(re.source);
  if (pieces.length < 2) return whole;
  try {
    for (const p of pieces) new RegExp(p, re.flags); // a piece the split got wrong: keep the regex whole
  } catch {
    return whole;
  }
  const required = pieces.map((p) => (opts.joined ? acrossJoin(literalSets(p, flags)) : literalSets(p, flags)));
  const needs = required.map((sets) => scanner.sets(sets));
  // A literal of one required set of each alternative, as one set: a draft holding none of them keeps no alternative,
  // told by one read instead of a check per alternative. -1 when some alternative requires nothing known.
  const rarest = required.map(rarestSet);
  const anyPiece = rarest.every((set) => set !== null) ? scanner.set(rarest.flatMap((set) => set!)) : -1;
  // The same per group of 16 alternatives (the context and "unless" lists run to hundreds, a few of which require
  // nothing known): a group whose set the draft lacks keeps only those, without a check of the others.
  const free = Uint8Array.from(required, (sets) => (sets.length === 0 ? 1 : 0));
  const groupAny: number[] = [];
  const freeIn: Int32Array[] = [];
  for (let from = 0; from < pieces.length; from += GROUP) {
    const sets = rarest.slice(from, from + GROUP).filter((set): set is string[] => set !== null);
    groupAny.push(sets.length > 0 ? scanner.set(sets.flat()) : -1);
    const to = Math.min(pieces.length, from + GROUP);
    freeIn.push(Int32Array.from({ length: to - from }, (_, q) => from + q).filter((k) => free[k] === 1));
  }
  const cache = new Map<number | string, RegExp>();
  let generation = cutGeneration;
  // Which alternatives a draft keeps, as a bit mask (past 30 alternatives, 16 bits a char of a string): the cache key.
  // The wide key was a list of indices built by concatenation, which cost more than the literal checks themselves.
  const wide = pieces.length > 30;
  const chunks: number[] = new Array<number>(Math.ceil(pieces.length / 16)).fill(0);
  const keptAt = (k: number, mask: number) => (wide ? (chunks[k >> 4]! & (1 << (k & 15))) !== 0 : (mask & (1 << k)) !== 0);
  return {
    pick(hits) {
      if (anyPiece >= 0 && hits[anyPiece] !== 1) return null;
      let mask = 0;
      let kept = 0;
      if (wide) chunks.fill(0);
      for (let j = 0, from = 0; from < pieces.length; j++, from += GROUP) {
        const g = groupAny[j]!;
        if (g >= 0 && hits[g] !== 1) {
          // No alternative of the group that requires literals can be kept: only its free ones, listed (most groups of
          // a long list on most drafts, where a pass over all sixteen cost more than the checks of the others).
          const only = freeIn[j]!;
          for (let q = 0; q < only.length; q++) {
            const k = only[q]!;
            kept++;
            if (wide) chunks[k >> 4]! |= 1 << (k & 15);
            else mask |= 1 << k;
          }
          continue;
        }
        for (let k = from, to = Math.min(pieces.length, from + GROUP); k < to; k++) {
          if (!allHit(hits, needs[k]!)) continue;
          kept++;
          if (wide) chunks[k >> 4]! |= 1 << (k & 15);
          else mask |= 1 << k;
        }
      }
      if (kept === 0) return null;
      if (kept === pieces.length) return re;
      const key = wide ? String.fromCharCode(...chunks) : mask;
      if (generation !== cutGeneration) {
        cache.clear();
        generation = cutGeneration;
      }
      let sub = cache.get(key);
      // Past 256 kept sets the whole regex serves (same matches), rather than compiling one per draft.
      if (!sub && cache.size >= 256) return re;
      if (!sub) {
        if (++keptCuts > MAX_KEPT_CUTS) {
          cutGeneration++;
          keptCuts = 1;
          cache.clear();
          generation = cutGeneration;
        }
        const keep = pieces.filter((_, k) => keptAt(k, mask));
        sub = new RegExp(keep.map((p) => `(?:${p})`).join('|'), re.flags);
        cache.set(key, sub);
      }
      return sub;
    },
  };
}

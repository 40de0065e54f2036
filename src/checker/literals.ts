/**
 * Necessary literals of a regex, so a recognizer can skip a pattern whose match is impossible on this draft.
 * Scanning a big alternation ("{MSG_STRONG}...") position by position costs far more than a few indexOf calls.
 *
 * requiredLiterals(source) returns a list of any-of sets: every match of the regex contains at least one
 * string from EACH set. Anything the parser is not sure about (classes, escapes, look-arounds, back
 * references, optional parts) simply contributes no requirement, so the result is always sound: it may miss
 * a chance to skip, never skip a pattern that could match. Only for regexes without the i, u, v, x-like flags.
 */

type Req = Array<Set<string>>; // conjunction of disjunctions

interface Node {
  req: Req; // requirements when the node occurs once
  lit: string | null; // the node is exactly this literal string (one plain char)
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := concat ('|' concat)* */
  alternation(): Req {
    const branches: Req[] = [this.concat()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.concat());
    }
    if (branches.length === 1) return branches[0]!;
    // Any-of over the branches: each branch contributes its best set; a branch without one voids the lot.
    const union = new Set<string>();
    for (const b of branches) {
      const best = pickBest(b);
      if (!best) return [];
      for (const s of best) union.add(s);
    }
    return [union];
  }

  concat(): Req {
    const req: Req = [];
    let run = ''; // adjacent mandatory plain chars, joined into one literal
    const endRun = () => {
      if (run) req.push(new Set([run]));
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (q === 'once' && atom.lit !== null) {
        run += atom.lit;
        continue;
      }
      endRun();
      if (q !== 'optional') req.push(...atom.req);
      // A repeated literal ("t{1,2}") still needs the char once, but cannot join a run.
      if (q === 'repeat' && atom.lit !== null) req.push(new Set([atom.lit]));
    }
    endRun();
    return req;
  }

  /** once | repeat (min >= 1, may be more) | optional (min 0). Consumes a lazy '?' too. */
  quantifier(): 'once' | 'repeat' | 'optional' {
    const c = this.src[this.i];
    let kind: 'once' | 'repeat' | 'optional' = 'once';
    if (c === '?' || c === '*') {
      kind = 'optional';
      this.i++;
    } else if (c === '+') {
      kind = 'repeat';
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return 'once'; // a literal '{' (atom() will read it next time round)
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      kind = min === 0 ? 'optional' : min === 1 && max === 1 ? 'once' : 'repeat';
      this.i += m[0].length;
    } else return 'once';
    if (this.src[this.i] === '?') this.i++; // lazy
    return kind;
  }

  atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (src[this.i] === '?') {
        const rest = src.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.i, lookaround] = [this.i + 2, true];
        else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.i, lookaround] = [this.i + 3, true];
        else if (rest.startsWith('?<')) {
          const close = src.indexOf('>', this.i);
          if (close < 0) throw new Error('bad group name');
          this.i = close + 1;
        } else throw new Error('unsupported group');
      }
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      return { req: lookaround ? [] : inner, lit: null };
    }
    if (c === '[') {
      // Skip the class; it contributes nothing.
      let j = this.i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error('unterminated class');
      this.i = j + 1;
      return { req: [], lit: null };
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Error('trailing backslash');
      this.i += 2;
      // Escaped punctuation is that char; letters and digits are classes, assertions, back references or
      // code escapes (\x41, \u0041, \cJ): no requirement from those.
      if (/[^A-Za-z0-9]/.test(e)) return { req: [], lit: e };
      if (e === 'x') this.i += 2;
      else if (e === 'u') this.i += src[this.i] === '{' ? src.indexOf('}', this.i) - this.i + 1 : 4;
      else if (e === 'c') this.i += 1;
      else if (e === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
      return { req: [], lit: null };
    }
    if (c === '.' || c === '^' || c === '$') {
      this.i++;
      return { req: [], lit: null };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error('unexpected ' + c);
    // A plain char; surrogate pairs stay together so a quantifier never splits them.
    const code = src.charCodeAt(this.i);
    const w = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    this.i += w;
    return { req: [], lit: src.slice(this.i - w, this.i) };
  }
}

/** Cheapest, most selective set: non-ASCII literals are rare in most drafts, fewer literals cost fewer scans. */
function rank(set: Set<string>): number {
  let ascii = false;
  let shortest = Infinity;
  for (const s of set) {
    if (/[\x00-\x7f]/.test(s)) ascii = true;
    shortest = Math.min(shortest, s.length);
  }
  return (ascii ? 1000 : 0) + set.size * 10 - Math.min(shortest, 9);
}

function pickBest(req: Req): Set<string> | null {
  let best: Set<string> | null = null;
  for (const s of req) if (s.size > 0 && (!best || rank(s) < rank(best))) best = s;
  return best;
}

/** Up to `max` any-of literal sets every match must satisfy; [] when nothing is known (or parsing gave up). */
export function requiredLiterals(source: string, flags: string, max = 2): string[][] {
  if (/[^gyd]/.test(flags)) return [];
  try {
    const p = new Parser(source);
    const req = p.alternation();
    if (p.i !== source.length) return [];
    return req
      // Worth a scan only for non-ASCII literals (Chinese words): measured, an indexOf round over English
      // words costs about what irregexp's own first-char filter does, so those sets would only add work.
      .filter((s) => s.size > 0 && s.size <= 12 && [...s].every((x) => /^[^\x00-\x7f]/.test(x)))
      .sort((a, b) => rank(a) - rank(b))
      .slice(0, max)
      .map((s) => [...s]);
  } catch {
    return [];
  }
}

/** Whether `s` can hold a match, by the sets from requiredLiterals. */
export function mayMatch(s: string, sets: string[][]): boolean {
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

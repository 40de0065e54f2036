/**
 * Speed, no change in what matches: a word boundary `\b` in a case-insensitive Unicode pattern (flags `iu`) costs V8 (Node
 * 20) ten to twenty times what the rest of the pattern does when it opens an alternative: it is tried at every position of
 * the text as a pair of look-arounds over the Unicode word class, and it hides the literal words after it from the engine's
 * quick scan for where a match could start (measured on the listing lines: the moqFloor accepts cue 2.8-3.5 µs per line
 * as written, ~0.2 µs with its opening boundaries rewritten as below; the same pattern without `u` ~0.2 µs).
 *
 * A boundary followed by a character the pattern must consume as a word character is the same assertion as "no word
 * character before": `\b` holds at a position when exactly one of the characters around it is a word character, and the
 * one after it is. So each `\b` whose next atom is certainly a word character (an ASCII letter, digit or `_`, `\d`, `\w`,
 * or a group each of whose alternatives opens so) is written `(?<!\w)`. Under `iu` the `\w` of the look-behind is the very
 * set `\b` reads (the ASCII word characters with ſ U+017F and the Kelvin sign U+212A, which fold into them), and a
 * matched `k` or `s` may be one of those two, which `\w` holds too. Any other `\b` is left as written.
 */
export function fastEdges(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u') || !re.source.includes('\\b')) return re;
  const source = rewriteEdges(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** The pattern source with each provably word-opening `\b` written `(?<!\w)` (see fastEdges). */
export function rewriteEdges(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === '\\') {
      if (src[i + 1] === 'b' && opensWord(src, i + 2)) {
        out += '(?<!\\w)';
        i += 2;
        continue;
      }
      out += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const WORD_CLASS = /^\[(?:[A-Z](?:-[A-Z])?|[a-z](?:-[a-z])?|[0-9](?:-[0-9])?|_|\\[dw])+\]$/;

/** The index just past the character class opening at i. */
function classEnd(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index just past the group opening at i (its closing parenthesis). */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; ) {
    const c = src[j]!;
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(src, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return -1;
}

/** The index just past the atom at i (a character, an escape, a class or a group), or -1 past the pattern's end. */
function atomEnd(src: string, i: number): number {
  const c = src[i];
  if (c === undefined) return -1;
  if (c === '\\') return i + 2;
  if (c === '[') return classEnd(src, i);
  if (c === '(') return groupEnd(src, i);
  return i + 1;
}

/** The index just past the quantifier at i (none: i). */
function quantifierEnd(src: string, i: number): number {
  let j = i;
  const c = src[j];
  if (c === '?' || c === '*' || c === '+') j++;
  else if (c === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(src.slice(j));
    if (!m) return i;
    j += m[0].length;
  } else return i;
  return src[j] === '?' ? j + 1 : j;
}

/** The quantifier at i lets its atom match nothing (`?`, `*`, `{0`, `{0,n}`). */
function optional(src: string, i: number): boolean {
  const c = src[i];
  return c === '?' || c === '*' || (c === '{' && /^\{0[,}]/.test(src.slice(i, i + 3)));
}

/**
 * The text matched from i on, to the end of its alternative, certainly opens with a word character: its first atom, when
 * it matches anything, opens with one, and when it may match nothing (`(?:1\s*)?piece`), so does what follows it.
 */
function opensWord(src: string, i: number): boolean {
  const end = atomEnd(src, i);
  if (end < 0 || !atomOpensWord(src, i, end)) return false;
  return optional(src, end) ? opensWord(src, quantifierEnd(src, end)) : true;
}

/** The atom from i to end consumes at least one character when it matches at all, and the first is a word character. */
function atomOpensWord(src: string, i: number, end: number): boolean {
  const c = src[i]!;
  if (/[A-Za-z0-9_]/.test(c)) return true;
  if (c === '\\') return src[i + 1] === 'd' || src[i + 1] === 'w';
  // A class of word characters only ("[A-Za-z]", "[a-z0-9_]"): each range within one of A-Z, a-z, 0-9.
  if (c === '[') return WORD_CLASS.test(src.slice(i, end));
  if (c !== '(') return false;
  // (?: ...) and (?<name> ...) open with their first alternative; a look-around consumes nothing.
  let body = i + 1;
  if (src[body] === '?') {
    if (src[body + 1] === ':') body += 2;
    else if (src[body + 1] === '<' && src[body + 2] !== '=' && src[body + 2] !== '!') body = src.indexOf('>', body) + 1;
    else return false;
  }
  return alternatives(src, body, end - 1).every((start) => opensWord(src, start));
}

/** The start of each top-level alternative between from and to (the group's closing parenthesis). */
function alternatives(src: string, from: number, to: number): number[] {
  const starts = [from];
  for (let j = from; j < to; ) {
    const c = src[j]!;
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(src, j);
    else if (c === '(') j = groupEnd(src, j);
    else {
      if (c === '|') starts.push(j + 1);
      j++;
    }
  }
  return starts;
}

/**
 * Every non-empty match of a global regex, from the start of `s`. Zero-length matches are stepped over
 * so a pattern that can match nothing never loops forever on adversarial input.
 */
export function* nonEmptyMatches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0].length === 0) {
      if (re.lastIndex >= s.length) return;
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/**
 * The next non-empty match of a global regex from its lastIndex (set it to 0 to start from the beginning of `s`),
 * or null. Zero-length matches are stepped over so a pattern that can match nothing never loops forever on
 * adversarial input. A plain function rather than a generator: the recognizers call it for hundreds of patterns per
 * draft, and a generator object (plus, under tsx, its naming helper) per pattern cost more than most of the scans.
 */
export function nextNonEmpty(re: RegExp, s: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0].length > 0) return m;
    if (re.lastIndex >= s.length) return null;
    re.lastIndex++;
  }
  return null;
}

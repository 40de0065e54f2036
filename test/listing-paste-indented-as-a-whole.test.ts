import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';
import { dedent } from '../src/listing/parse.js';

/** A listing quoted in a chat or an e-mail arrives indented as a whole; the verdict must not change. */
const checker = createListingChecker();
const indent = (t: string) => t.split('\n').map((l) => '    ' + l).join('\n');

describe('a paste indented as a whole', () => {
  it('drops only the indent every line shares', () => {
    expect(dedent('  a\n    b\n\n  c')).toBe('a\n  b\n\nc');
    expect(dedent('a\n  b')).toBe('a\n  b');
  });

  it('keeps the verdicts of a legitimate page and a filler page', () => {
    const legit = 'Nitrile Gloves Powder Free\n$0.02 - $0.03 / piece  MOQ 200,000 pcs\nCarton of 1000: $24.00';
    const filler = 'Desk Organizer Bamboo\nColor:\n  Natural  $6.20\n  Dark  $6.40\n  Gift card  $0.01\nMin. Order: 50 Pieces';
    for (const t of [legit, filler]) expect(checker.check(indent(t)).verdict).toBe(checker.check(t).verdict);
    expect(checker.check(indent(legit)).verdict).toBe('ok');
    expect(checker.check(indent(filler)).verdict).toBe('risk');
  });
});

import { describe, expect, it } from 'vitest';
import { loadListingRules } from '../src/listing/index.js';
import { local } from '../src/listing/rules.js';
import { fastEdges, rewriteEdges } from '../src/listing/word-edges.js';

/**
 * The listing check writes a word-opening `\b` of its case-insensitive Unicode patterns as `(?<!\w)`, which V8 runs many
 * times faster (src/listing/word-edges.ts). It must match exactly what the boundary matched: the same texts, at the same
 * places, with the same groups, including beside the two non-ASCII characters that count as word characters under `iu`
 * (ſ U+017F and the Kelvin sign U+212A), digits, underscores, Chinese and punctuation. A boundary it cannot prove opens a
 * word stays as written.
 */
const TEXTS = [
  'we can also ship single pieces',
  'Wecan ship single pieces',
  'MOQ: 300 pcs; we do ship 1 pc',
  'x-minimum 50 pcs',
  '_minimum 50 pcs',
  '9minimum 50',
  'minimum 50 pcs',
  'ſmall orders are welcome',
  'small orders are welcome',
  'a ſmall order',
  'Kit of 12',
  'Kit of 12 \u212Ait of 12',
  '\u212Ait of 12',
  'ok\u212Ait of 12',
  '每箱 12 个，小单也可以',
  '起订 500 件, at least 2 cartons',
  '1 pc = 1 pair',
  'price per 10 cm',
  '10pcs set, 10 pcs/set',
  'Ⅰ only ship by pallet only',
  '',
];

const PATTERNS = [
  String.raw`\b(?:do|does|can|also)\s+(?:ship|sell)\w*\s+(?:single|1)\b|\bsmall\s+orders?\s+(?:are\s+)?welcome|也(?:可以|能)`,
  String.raw`\b(?:at\s+least|minimum|min\.)\s*(\d+)`,
  String.raw`\b(?:1\s*)?(?:piece|pc|pcs)\s*=\s*(?:1|one)\s+(\w+)`,
  String.raw`\b(?:set|kit|pack) of (\d{1,4})\b`,
  String.raw`\b[A-Za-z]+\s+of\s+(\d+)`,
  String.raw`(?<![\d.])(\d{1,4})\s*-?\s*(?:pcs|pc)\b[^\d]{0,14}?\b(?:set|pack)\b`,
  String.raw`\bonly\s+(?:ship|sell)\w*\s+by\b[^.;\n]{0,30}\bonly\b`,
  String.raw`(?:价格|price)\s*(?:\bper\b|每)\s*(\d+)`,
];

function allMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(g)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
}

describe('a word boundary rewritten for speed matches what it matched before', () => {
  it('finds the same matches, places and groups as the boundary on every text', () => {
    for (const p of PATTERNS) {
      const before = new RegExp(p, 'iu');
      const after = fastEdges(before);
      expect(after.source).not.toBe(before.source);
      for (const text of TEXTS) expect(allMatches(after, text), `${p} on ${JSON.stringify(text)}`).toEqual(allMatches(before, text));
    }
  });

  it('leaves a boundary alone where what follows may open with no word character', () => {
    for (const p of [String.raw`\b(?:a|)x`, String.raw`\b(?=x)`, String.raw`\b(?:a|\s)`, String.raw`\bs?\s`, String.raw`\b[^a]`, String.raw`\b(?:ab)*?$`]) expect(rewriteEdges(p)).toBe(p);
    // ... and a boundary inside a class, or an escaped backslash before a b, is no boundary.
    expect(rewriteEdges(String.raw`[\b]x\\bc`)).toBe(String.raw`[\b]x\\bc`);
  });

  it('keeps patterns without both i and u as they are (V8 runs their boundaries fast)', () => {
    const plain = /\bminimum\b/i;
    expect(fastEdges(plain)).toBe(plain);
    const unicode = /\bminimum\b/u;
    expect(fastEdges(unicode)).toBe(unicode);
  });

  it('reads the rule files the same: every cue still matches the texts it matched', () => {
    const rules = loadListingRules();
    const cues = rules.moqFloor!;
    expect(cues.accepts.test('we do ship 1 pc orders')).toBe(true);
    expect(cues.accepts.test('we dont ship 1 pc orders')).toBe(false);
    expect(cues.floor.test('at least 2 cartons')).toBe(true);
    expect(cues.floor.test('atleast2 cartons')).toBe(false);
  });
});

describe('a line-level floor gate is built only from cues that cannot match a clause without matching its line', () => {
  it('takes patterns without anchors or look-arounds, wherever a caret sits in a class', () => {
    expect(local(String.raw`\b(?:at\s+least|minimum)\b`)).toBe(true);
    expect(local(String.raw`[^.;\n]{0,30}\bonly`)).toBe(true);
    expect(local(String.raw`\$\d`)).toBe(true);
    expect(local(String.raw`^\s*minimum`)).toBe(false);
    expect(local(String.raw`minimum$`)).toBe(false);
    expect(local(String.raw`(?<![\d.])\d+`)).toBe(false);
    expect(local(String.raw`min(?=imum)`)).toBe(false);
    expect(loadListingRules().moqFloor!.anyFloor).not.toBeNull();
  });
});

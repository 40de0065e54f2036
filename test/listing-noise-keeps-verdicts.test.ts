import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Copy-paste noise must not change a verdict: every listing of the (seen) development set keeps its labelled
 * verdict when its text goes through what a paste does to it.
 */
const checker = createListingChecker();
const rows = readFileSync(new URL('../corpus/listings/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; fake: boolean });
const fullWidth = (s: string) => s.replace(/[0-9$:;()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const noises: [string, (s: string) => string][] = [
  ['tabs become spaces', (s) => s.replace(/\t+/g, '   ')],
  ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
  ['full-width digits and signs', fullWidth],
  ['"USD " for "$"', (s) => s.replace(/US \$ ?|\$/g, 'USD ')],
  ['"US$" for "$"', (s) => s.replace(/\$/g, 'US$')],
  ['blank lines doubled', (s) => s.replace(/\n/g, '\n\n')],
  ['every line indented', (s) => s.replace(/\n/g, '\n  ')],
  ['page chrome after the listing', (s) => s + '\n\nView larger image\nAdd to Compare Share\n'],
  ['lower case', (s) => s.toLowerCase()],
  ['line breaks lost', (s) => s.replace(/\n+/g, ' ')],
];

describe('copy-paste noise keeps every verdict of the dev set', () => {
  it('the dev set is right as written', () => {
    expect(rows.filter((r) => checker.check(r.text).fake !== r.fake).map((r) => r.id)).toEqual([]);
  });
  for (const [name, f] of noises) {
    it(name, () => {
      expect(rows.filter((r) => checker.check(f(r.text)).fake !== r.fake).map((r) => r.id)).toEqual([]);
    });
  }
});

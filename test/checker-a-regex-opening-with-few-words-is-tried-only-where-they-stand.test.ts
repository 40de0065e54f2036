import { describe, expect, it } from 'vitest';
import { LiteralScanner } from '../src/checker/literals.js';
import { nextNonEmpty } from '../src/checker/matches.js';
import { MatchStarts, StartedMatches } from '../src/checker/starts.js';

/**
 * A regex that opens with only a few words ("your|ur", "price|cost") is tried only where one of them stands, as a long
 * alternation is: left to scan the whole draft by itself, a handful of such rules cost more than the rest of a check.
 * The matches must be the regex's own, in the same order, whether the places are listed or too many to list.
 */
describe('a regex opening with a few words', () => {
  const matchesOf = (re: RegExp, s: string) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = nextNonEmpty(re, s); m; m = nextNonEmpty(re, s)) out.push(`${m.index}:${m[0]}`);
    return out;
  };

  it('lists the places its words stand and finds the same matches there', () => {
    const scanner = new LiteralScanner();
    const re = /\b(?:your|ur)\s(?:[a-z]+\s){0,2}?(?:boss|buyer|agent)\b/g;
    const started = new StartedMatches(re, scanner);
    const starts = new MatchStarts(re.source, re.flags, scanner);
    const s = 'hello, could ur boss confirm the sample colour by friday? ' + 'the cartons are packed and the labels are printed in english. '.repeat(4) + 'and your agent can collect them';
    const hits = scanner.scan(s);
    expect(starts.where(s, hits)).toBe('listed');
    const got: string[] = [];
    if (started.begin(re, s, hits)) for (let m = started.next(); m; m = started.next()) got.push(`${m.index}:${m[0]}`);
    expect(got).toEqual(matchesOf(re, s));
    expect(got).toHaveLength(2);
  });

  it('scans from the first place when its words stand too often to list', () => {
    const scanner = new LiteralScanner();
    const re = /(?:price|cost)\s(?:is|will\sbe)\s\d+/g;
    const started = new StartedMatches(re, scanner);
    const starts = new MatchStarts(re.source, re.flags, scanner);
    const s = 'hello. ' + 'the price list and cost sheet follow. '.repeat(30) + 'the unit price is 12 and the mould cost will be 300.';
    const hits = scanner.scan(s);
    expect(starts.where(s, hits)).toBe('scan');
    const got: string[] = [];
    if (started.begin(re, s, hits)) for (let m = started.next(); m; m = started.next()) got.push(`${m.index}:${m[0]}`);
    expect(got).toEqual(matchesOf(re, s));
    expect(got).toHaveLength(2);
  });

  it('is not tried at all when none of its words stands in the draft', () => {
    const scanner = new LiteralScanner();
    const re = /\b(?:your|ur)\s(?:boss|buyer)\b/g;
    const started = new StartedMatches(re, scanner);
    const s = 'the carton size is 40 x 30 x 20 cm, gross weight 12 kg';
    expect(started.begin(re, s, scanner.scan(s))).toBe(false);
  });
});

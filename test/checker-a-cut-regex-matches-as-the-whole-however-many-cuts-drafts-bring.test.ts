import { describe, expect, it } from 'vitest';
import { LiteralScanner, prunedRegex } from '../src/checker/literals.js';
import { MatchStarts } from '../src/checker/starts.js';

// A pruned regex keeps the cuts it compiled for the drafts it saw; past a bound across all pruned regexes every cache
// starts again (V8's code space is bounded: a long-running checker ran out of it). Whatever the generation, a cut must
// find exactly the whole regex's matches.
describe('cut regexes across generations', () => {
  const all = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    return [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => `${m.index}:${m[0]}`);
  };

  it('finds the whole regex matches on drafts bringing thousands of different combinations', () => {
    // Twelve alternatives, each needing its own word: a draft holding a subset of the words keeps that subset.
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
    const re = new RegExp(words.map((w, k) => `${w}\\s?\\d{${1 + (k % 3)}}`).join('|'), 'g');
    const scanner = new LiteralScanner();
    // Five pruned regexes (each keeps at most 256 cuts of its own) and a sixth: together past the bound.
    const pruned = Array.from({ length: 5 }, () => prunedRegex(re, scanner));
    const other = prunedRegex(/(?:mike|november)\s\d|oscar\d/g, scanner);
    let seed = 5;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const first = 'alpha 12, delta 7 oscar1';
    const firstCut = pruned[0]!.pick(scanner.scan(first));
    expect(firstCut).not.toBeNull();
    for (let k = 0; k < 1500; k++) {
      const mask = (k * 2654435761) >>> 20; // 12 bits, spread over the combinations
      const parts = words.filter((_, i) => mask & (1 << i)).map((w) => `${w}${rnd(2) ? ' ' : ''}${rnd(1000)}`);
      const s = `${parts.join(', ')} ${rnd(2) ? 'mike 7' : ''} oscar${rnd(10)} note`;
      const hits = scanner.scan(s);
      for (const p of pruned) {
        const cut = p.pick(hits);
        expect(cut ? all(cut, s) : [], s).toEqual(all(re, s));
      }
      const cut2 = other.pick(hits);
      expect(cut2 ? all(cut2, s) : [], s).toEqual(all(/(?:mike|november)\s\d|oscar\d/g, s));
    }
    // The cut kept for the first draft went with its generation: a new one, with the same matches.
    const again = pruned[0]!.pick(scanner.scan(first));
    expect(again).not.toBe(firstCut);
    expect(all(again!, first)).toEqual(all(firstCut!, first));
    expect(all(again!, first)).toEqual(all(re, first));
  });

  it('lists the same start places whether or not the scanner kept them from an earlier rule', () => {
    const scanner = new LiteralScanner();
    const a = new MatchStarts('(?:your|ur)\\s(?:number|email)', 'g', scanner);
    const b = new MatchStarts('(?:your|my)\\s(?:wechat|whatsapp)', 'g', scanner);
    for (const s of ['your number, your email and my wechat', 'ur email? your whatsapp? '.repeat(20), 'my my my', 'nothing', 'your '.repeat(200)]) {
      const owner = { s };
      const hits = scanner.hitsOf(owner);
      for (const starts of [a, b, a]) {
        const where = starts.where(s, hits);
        // The same answer from a plain search of every place of every start string.
        const places = [...new Set(starts.starts!.flatMap((lit) => [...s.matchAll(new RegExp(lit, 'g'))].map((m) => m.index!)))].sort((x, y) => x - y);
        const limit = Math.min(32, s.length >> 5 || 1);
        if (places.length === 0) expect(where).toBe('none');
        else if (places.length > limit) {
          expect(where, s).toBe('scan');
          expect(starts.firstAt).toBe(places[0]);
        } else {
          expect(where, s).toBe('listed');
          expect(Array.from(starts.at.subarray(0, starts.count))).toEqual(places);
        }
      }
    }
  });
});

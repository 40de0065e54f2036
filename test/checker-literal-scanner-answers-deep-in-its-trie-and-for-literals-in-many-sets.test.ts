import { describe, expect, it } from 'vitest';
import { LiteralScanner, canonicalWs } from '../src/checker/literals.js';

// Only the scanner's shallow states keep a dense row; a step from a deeper one reads its children and follows failure
// states down to a row. Its output records hold a few set ids themselves and point to the rest, and note each literal's
// first place. Long literals over a small alphabet (long failure chains, in ASCII and not) and literals in many sets
// must still give the plain substring answers, and a scan of another text must not move the recorded first places.
describe('literal scanner, deep states and literals in many sets', () => {
  const rng = (seed: number) => (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };

  it('finds exactly the literals, sets and first places a substring search finds', () => {
    const rnd = rng(23);
    const alphabet = ['a', 'b', ' ', '微', '信', 'ж', '.'];
    const word = (min: number, max: number) => Array.from({ length: min + rnd(max - min + 1) }, () => alphabet[rnd(alphabet.length)]).join('');
    // Literals of up to eight characters, most sharing prefixes and suffixes with others.
    const lits = [...new Set(Array.from({ length: 500 }, () => word(1, 8)).concat(['abababab', 'bababa', 'aab', '微信微信', '信ж信', 'a 微']))];
    const scanner = new LiteralScanner();
    const ids = lits.map((l) => scanner.id(l));
    // A few literals belong to many sets (more than a record holds itself), the rest to one or two.
    const popular = lits.slice(0, 6);
    const sets = Array.from({ length: 120 }, (_, q) => [popular[q % popular.length]!, ...Array.from({ length: rnd(3) }, () => lits[rnd(lits.length)]!)]);
    const setIds = sets.map((set) => scanner.set(set));
    for (let k = 0; k < 300; k++) {
      const owner = { s: word(0, k % 5 === 0 ? 400 : 60) };
      const hits = scanner.hitsOf(owner);
      const text = canonicalWs(owner.s);
      const wrong = lits.filter((l, i) => (hits[ids[i]!] === 1) !== text.includes(canonicalWs(l)));
      expect(wrong, JSON.stringify(owner.s)).toEqual([]);
      sets.forEach((set, q) => expect(hits[setIds[q]!] === 1, `${set.join('|')} in ${JSON.stringify(owner.s)}`).toBe(set.some((l) => text.includes(canonicalWs(l)))));
      // Another text scanned alone in between: the recorded text's first places stay its own.
      scanner.scan(word(20, 80));
      const misplaced = lits.filter((l, i) => hits[ids[i]!] === 1 && scanner.firstAt(ids[i]!) !== text.indexOf(canonicalWs(l)));
      expect(misplaced, JSON.stringify(owner.s)).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LiteralScanner, canonicalWs } from '../src/checker/literals.js';

// The scan reads the literals ending at a character by following output links from its state, each output state once
// per scan: a literal is read at its first place only. Literals that end inside one another ("a", "ba", "aba", "caba")
// share those links, and the marks of one draft must not carry into the next (the scanner keeps one buffer for all).
describe('literal scanner, draft after draft', () => {
  const rng = (seed: number) => (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };

  it('marks each literal and set a draft holds, and notes where each literal first stands, whatever came before', () => {
    const rnd = rng(11);
    const alphabet = ['a', 'b', 'c', ' ', '\n', '加', '我', 'ж', '1'];
    const word = (max: number) => Array.from({ length: 1 + rnd(max) }, () => alphabet[rnd(alphabet.length)]).join('');
    // Short literals over a small alphabet: most end inside others, so the output links run deep.
    const lits = [...new Set(Array.from({ length: 400 }, () => word(5)).concat(['a', 'ba', 'aba', 'caba', 'bcaba', '加我', '我', 'ж1']))];
    const scanner = new LiteralScanner();
    const ids = lits.map((l) => scanner.id(l));
    const sets = Array.from({ length: 60 }, () => Array.from({ length: 1 + rnd(4) }, () => lits[rnd(lits.length)]!));
    const setIds = sets.map((set) => scanner.set(set));
    for (let k = 0; k < 400; k++) {
      const owner = { s: word(k % 7 === 0 ? 300 : 40) };
      const hits = scanner.hitsOf(owner);
      expect(scanner.recorded(hits, owner.s)).toBe(true);
      const text = canonicalWs(owner.s);
      const wrong = lits.filter((l, i) => (hits[ids[i]!] === 1) !== text.includes(canonicalWs(l)));
      expect(wrong, JSON.stringify(owner.s)).toEqual([]);
      const misplaced = lits.filter((l, i) => hits[ids[i]!] === 1 && scanner.firstAt(ids[i]!) !== text.indexOf(canonicalWs(l)));
      expect(misplaced, JSON.stringify(owner.s)).toEqual([]);
      sets.forEach((set, q) => expect(hits[setIds[q]!] === 1, `${set.join('|')} in ${JSON.stringify(owner.s)}`).toBe(set.some((l) => text.includes(canonicalWs(l)))));
    }
  });

  it('answers the same for a text scanned alone and in the shared buffer, and for a text in no literal', () => {
    const scanner = new LiteralScanner();
    const ids = ['wechat', 'chat', 'at', 't', '微信', '信'].map((l) => scanner.id(l));
    for (const s of ['wechat 微信', 'WHAT', '', 'tt', 'XYZ', 'hat', '微信信']) {
      const alone = scanner.scan(s);
      const shared = scanner.hitsOf({ s });
      expect(Array.from(ids, (id) => shared[id]), s).toEqual(Array.from(ids, (id) => alone[id]));
    }
  });

  it('refuses an empty literal, which every text would hold', () => {
    expect(() => new LiteralScanner().id('')).toThrow(/empty literal/);
  });
});

import { describe, expect, it } from 'vitest';
import { LiteralScanner } from '../src/checker/literals.js';

// The scanner's table keeps dense rows for ASCII classes and only the exceptions for the others (Han, Cyrillic ...):
// whatever the mix of scripts, its answer must be the plain substring test's.
describe('literal scanner', () => {
  it('reports exactly the registered literals each text contains, in any mix of scripts', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = ['a', 'b', 'c', 'p', ' ', '.', '1', '微', '信', '加', '我', 'ж', 'а', 'ท', '@'];
    const word = (max: number) => Array.from({ length: 1 + rnd(max) }, () => alphabet[rnd(alphabet.length)]).join('');
    const lits = [...new Set(Array.from({ length: 300 }, () => word(4)).concat(['微信', '加我微信', 'wechat', 'ж微', '信a', 'аж']))];
    const scanner = new LiteralScanner();
    const ids = lits.map((l) => scanner.id(l));
    for (let k = 0; k < 300; k++) {
      const text = word(60) + (k % 3 === 0 ? '加我微信wechat' : '') + word(20);
      const hits = scanner.scan(text);
      const wrong = lits.filter((l, i) => (hits[ids[i]!] === 1) !== text.includes(l));
      expect(wrong, text).toEqual([]);
    }
  });

  it('marks an any-of set exactly when the text holds one of its literals', () => {
    const scanner = new LiteralScanner();
    const sets = [['微信', 'wechat', 'vx'], ['email', 'mail'], ['ж', 'аж', 'q'], ['wechat', 'vx', '微信'], ['solo']];
    const ids = sets.map((set) => scanner.set(set));
    // Equal sets share an id; a set of one literal is that literal.
    expect(ids[3]).toBe(ids[0]);
    expect(ids[4]).toBe(scanner.id('solo'));
    const plainId = scanner.id('plain');
    for (const text of ['add my vx', '微信号', 'send by e-mail', 'ссылка: аж', 'solo act', 'plain text', 'nothing here', '']) {
      const hits = scanner.scan(text);
      sets.forEach((set, k) => expect(hits[ids[k]!] === 1, `${set.join('|')} in ${text}`).toBe(set.some((l) => text.includes(l))));
      expect(hits[plainId] === 1).toBe(text.includes('plain'));
    }
  });
});

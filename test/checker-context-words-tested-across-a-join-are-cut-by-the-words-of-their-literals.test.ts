import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { expand, loadRules } from '../src/checker/rules.js';
import { anyOf } from '../src/checker/types.js';
import { foldText } from '../src/checker/normalize.js';
import { LiteralScanner, acrossJoin, prunedRegex } from '../src/checker/literals.js';

const root = path.resolve(import.meta.dirname, '..');

// The lexicon rules test their context words on the text before a match and the text after it joined by a space. A
// literal holding a space may occur across that join without occurring in the draft, so such literals used to require
// nothing; each of its words still lies on one side of the join, so the draft holds them.
describe('literal sets of a regex tested across a join', () => {
  it('keep each literal as its longest word, and drop a set a literal of only whitespace voids', () => {
    expect(acrossJoin([['nos vemos', 'te llamo']])).toEqual([['vemos', 'llamo']]);
    expect(acrossJoin([['chat'], ['por aqui', 'aqui']])).toEqual([['chat'], ['aqui']]);
    expect(acrossJoin([['x', ' ']])).toEqual([]);
    expect(acrossJoin([[' add']])).toEqual([['add']]);
  });

  it('still keeps an alternative whose words meet only across the join, and cuts one whose words are absent', () => {
    const scanner = new LiteralScanner();
    const pruned = prunedRegex(/\bnos\svemos\b|\bfala\scomigo\b/g, scanner, { joined: true });
    // "nos" ends the words before the match and "vemos" opens the words after it: joined, "nos vemos" is there.
    const view = { s: 'hasta pronto nos\nwhatsapp\nvemos luego' };
    const re = pruned.pick(scanner.hitsOf(view));
    expect(re).not.toBeNull();
    expect(re!.test('hasta pronto nos' + ' ' + 'vemos luego')).toBe(true);
    // A draft without "comigo" or "fala" keeps only the first alternative; one without "vemos" keeps neither.
    expect(re!.source).not.toContain('comigo');
    expect(pruned.pick(scanner.hitsOf({ s: 'hasta pronto nos\nwhatsapp' }))).toBeNull();
  });

  it('answers every lexicon rule context test on joined pieces of the labelled drafts as the whole regex does', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const scanner = new LiteralScanner();
    const tests: Array<{ re: RegExp; pruned: ReturnType<typeof prunedRegex> }> = [];
    for (const r of rules.recognizers) {
      if (r.kind !== 'lexicon') continue;
      const lists = [r.context, ...r.entries.map((e) => e.context)];
      for (const list of lists) {
        const re = anyOf(list, rules.lexicon, expand);
        if (re) tests.push({ re, pruned: prunedRegex(re, scanner, { joined: true }) });
      }
    }
    expect(tests.length).toBeGreaterThan(3);
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let matched = 0;
    for (const text of drafts) {
      const view = { s: foldText(text).s };
      const hits = scanner.hitsOf(view);
      const t = view.s;
      // Pieces cut around a few points of the draft, as the recognizer cuts them around a match.
      for (let at = 0; at < t.length; at += 89) {
        const joined = t.slice(Math.max(0, at - 60), at) + ' ' + t.slice(Math.min(t.length, at + 5), at + 65);
        for (const { re, pruned } of tests) {
          const whole = re.test(joined);
          const cut = pruned.pick(hits);
          expect(cut !== null && cut.test(joined), `${re.source.slice(0, 50)} on ${JSON.stringify(joined)}`).toBe(whole);
          if (whole) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { compile, loadRules } from '../src/checker/rules.js';
import { compactView, foldText } from '../src/checker/normalize.js';
import { LiteralScanner } from '../src/checker/literals.js';
import { nextNonEmpty } from '../src/checker/matches.js';
import { StartedMatches, startStrings } from '../src/checker/starts.js';
import { messengerNames } from '../src/checker/recognizers/messenger.js';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The pattern and lexicon recognizers try a rule's regex only at the positions where one of its start strings stands
 * (src/checker/starts.ts). An operator may edit rules/detection at any time, so prove on every labelled draft, and on
 * drafts glued from many of them (long texts where the positions run past the listing limit), that the matches found
 * so are exactly the regex's own, in the same order.
 */
describe('trying a rule only where a match can start', () => {
  it('reads the strings a match must begin with, or declines to', () => {
    // (a start string may be cut short: any match still begins with it)
    const apps = startStrings('(?:wechat|whatsapp)\\s?id', 'g')!;
    expect(apps).toHaveLength(2);
    expect(apps.every((s) => 'wechat'.startsWith(s) || 'whatsapp'.startsWith(s))).toBe(true);
    expect(startStrings('(?:wh|wha)ts', 'g')).toEqual(expect.arrayContaining(['whts', 'whats']));
    expect(startStrings('a?b', 'g')).toEqual(expect.arrayContaining(['b', 'ab']));
    expect(startStrings('.{0,3}x', 'g')).toBeNull(); // a match may begin anywhere
    expect(startStrings('x?', 'g')).toBeNull(); // a match may be empty
    expect(startStrings('abc', 'gi')).toBeNull(); // case-folded sources read differently
  });

  it('finds every match of every pattern and lexicon regex on every labelled draft', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const scanner = new LiteralScanner();
    const regexes: RegExp[] = [];
    for (const r of rules.recognizers) {
      if (r.kind === 'pattern') for (const p of r.patterns) regexes.push(compile(p, rules.lexicon));
      if (r.kind === 'lexicon') for (const e of r.entries) regexes.push(compile(e.patterns.map((p) => `(?:${p})`).join('|'), rules.lexicon));
    }
    // The messenger rule's app names, tried the same way on the compact view.
    const { strong, weak } = messengerNames(rules.lexicon);
    regexes.push(strong, weak);
    expect(startStrings(strong.source, strong.flags)?.length ?? 0).toBeGreaterThan(12);
    const started = regexes.map((re) => new StartedMatches(re, scanner));
    // the test means something only if many regexes take the listed-positions path
    expect(started.length).toBeGreaterThan(50);
    expect(regexes.filter((re) => (startStrings(re.source, re.flags)?.length ?? 0) >= 12).length).toBeGreaterThan(10);
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (let k = 0; k + 40 <= drafts.length && k < 4000; k += 40) drafts.push(drafts.slice(k, k + 40).join('\n'));
    let found = 0;
    const mismatches: string[] = [];
    for (const text of drafts) {
      for (const s of [foldText(text).s, compactView(foldText(text)).s]) {
        const hits = scanner.scan(s);
        for (let i = 0; i < regexes.length; i++) {
          const re = regexes[i]!;
          const want: string[] = [];
          re.lastIndex = 0;
          for (let m = nextNonEmpty(re, s); m; m = nextNonEmpty(re, s)) want.push(`${m.index}:${m[0]}`);
          const got: string[] = [];
          if (started[i]!.begin(re, s, hits)) for (let m = started[i]!.next(); m; m = started[i]!.next()) got.push(`${m.index}:${m[0]}`);
          found += want.length;
          if (got.join('|') !== want.join('|')) mismatches.push(`${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { compile, expand, loadRules } from '../src/checker/rules.js';
import { gateRegex } from '../src/checker/recognizers/lexicon.js';
import { compactView, foldText } from '../src/checker/normalize.js';
import { LiteralScanner, anyHit, literalSets, mayMatch, scannedTest } from '../src/checker/literals.js';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Texts made of gate words glued to letters, digits, underscores, capitals and punctuation on either side, so the
 * scanned gates meet every kind of neighbour a word boundary or look-behind can reject (seeded, reproducible).
 */
function gateFuzz(gates: string[]): string[] {
  const words = [...new Set(gates.flatMap((g) => g.split('|')).map((w) => w.replace(/\\[bsd]|[\\()?:*+{}\[\]^$]/g, '')).filter(Boolean))];
  const glue = ['', ' ', 'a', 'Z', '_', '9', '.', '-', '\n', '微', 'x'];
  let seed = 7;
  const pick = <T,>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length]!;
  const out: string[] = [];
  for (let n = 0; n < 3000; n++) {
    let t = '';
    for (let k = 0; k < 3; k++) t += pick(glue) + pick(words) + pick(glue);
    out.push(t);
  }
  return out;
}

// The pattern recognizer skips a regex when the draft lacks literals every match needs. An operator may
// edit rules/detection at any time, so prove on every labelled draft that the skip never hides a match.
describe('the literal pre-check of pattern rules', () => {
  it('is sound on hand-written regexes', () => {
    const cases: [string, string, boolean][] = [
      ['加我(微信|扣扣)', '请加我微信', true],
      ['加我(微信|扣扣)', '请加我电话', false],
      ['(?:发|传)你.{0,4}(图片|视频)', '发你一些视频', true],
      ['a|加', 'cat', true],
      ['a|加', 'xyz', false],
      ['(?:网盘)?发图', '发图给你', true],
      // whitespace of any kind where the regex has \s or a space; classes, short repeats and assertions in a word
      ['whats?\\s?app', 'my whats\tapp', true],
      ['whats?\\s?app', 'my whatsapp', true],
      ['wh[a@4]t{1,2}s\\s[a@4]pp', 'wh@tts 4pp', true],
      ['(?<=x)ab(?=c)d?', 'xabc', true],
      ['\\bmy\\b\\s(?:id|no)\\b', 'my\u3000id', true],
      ['[,\\s]{1,2}加我', '好的，\n加我', true],
      ['(?:ab){2}c', 'ababc', true],
      ['x[^a]y|[]z', 'xby', true],
    ];
    for (const [src, text, matches] of cases) {
      const re = new RegExp(src, 'g');
      expect(re.test(text), src).toBe(matches);
      if (matches) expect(mayMatch(text, literalSets(re.source, re.flags)), src).toBe(true);
    }
  });

  it('reads words joined by spaces, short repeats and small classes as one literal, so common short words do not pass it', () => {
    // "it" and "is" are in most English drafts; "it is" and its spellings with other whitespace are not.
    expect(literalSets('\\bit\\sis\\b', 'g')).toEqual([['it is']]);
    expect(mayMatch('this is it', literalSets('\\bit\\sis\\b', 'g'))).toBe(false);
    expect(mayMatch('so it\nis', literalSets('\\bit\\sis\\b', 'g'))).toBe(true);
    // "t{1,2}" and "[a@4]" spell a few strings each: the word is still whole (up to the 8 characters the scanner keeps).
    const sets = literalSets('wh[a@4]t{1,2}sapp', 'g');
    expect(sets).toHaveLength(1);
    expect(new Set(sets[0])).toEqual(new Set(['whatsapp', 'whattsap', 'wh@tsapp', 'wh@ttsap', 'wh4tsapp', 'wh4ttsap']));
    expect(mayMatch('what is the app', sets)).toBe(false);
  });

  it('never skips a pattern that matches any labelled draft', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const patterns: RegExp[] = [];
    for (const r of rules.recognizers as Array<{ type?: string; kind?: string; patterns?: string[] }>) {
      for (const p of r.patterns ?? []) patterns.push(compile(p, rules.lexicon));
    }
    expect(patterns.length).toBeGreaterThan(5);
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let checked = 0;
    // (each draft's view is made once, not once per pattern)
    const views = drafts.map((text) => ({ text, s: compactView(foldText(text)).s }));
    for (const re of patterns) {
      const needs = literalSets(re.source, re.flags);
      for (const { text, s } of views) {
        re.lastIndex = 0;
        if (re.test(s)) {
          checked++;
          expect(mayMatch(s, needs), `${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('never skips a lexicon entry that a labelled draft needs', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let checked = 0;
    const views = drafts.map((text) => ({ text, t: foldText(text).s }));
    for (const r of rules.recognizers) {
      if (r.kind === 'lexicon') {
        for (const e of r.entries) {
          const re = compile(e.patterns.map((p) => `(?:${p})`).join('|'), rules.lexicon);
          for (const { text, t } of views) {
            re.lastIndex = 0;
            if (!re.test(t)) continue;
            checked++;
            expect(gateRegex(e.gate).test(t), `${e.id} gate on ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('answers every pattern gate and pre-check from one literal scan exactly as the regexes do', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const scanner = new LiteralScanner();
    const gates: Array<{ exact: RegExp; scanned: ReturnType<typeof scannedTest> }> = [];
    const patterns: Array<{ re: RegExp; needs: Int32Array[] }> = [];
    for (const r of rules.recognizers) {
      if (r.kind !== 'pattern') continue;
      const exact = compile(r.gate, rules.lexicon, '');
      gates.push({ exact, scanned: scannedTest(exact, scanner) });
      for (const p of r.patterns) {
        const re = compile(p, rules.lexicon);
        patterns.push({ re, needs: literalSets(re.source, re.flags).map((set) => Int32Array.from(set, (l) => scanner.id(l))) });
      }
    }
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    // Hand-made texts where a gate word sits inside another word or behind a word boundary.
    drafts.push('whatsapp me', 'the app store', 'mother tongue', 'offer', 'off platform chat', 'wechat微信号', 'x\ny\n123\n4567\n');
    drafts.push(...gateFuzz(rules.recognizers.flatMap((r) => (r.kind === 'pattern' ? [expand(r.gate, rules.lexicon)] : []))));
    // (mismatches are collected and compared once: an expect per gate and draft, half a million of them, made this
    // exhaustive check slower than the test timeout on a loaded machine)
    let matched = 0;
    const mismatches: string[] = [];
    for (const text of drafts) {
      const s = compactView(foldText(text)).s;
      const hits = scanner.scan(s);
      for (const g of gates) if (g.scanned.test(s, hits) !== g.exact.test(s)) mismatches.push(`gate ${g.exact.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`);
      for (const { re, needs } of patterns) {
        re.lastIndex = 0;
        if (!re.test(s)) continue;
        matched++;
        if (!needs.every((set) => anyHit(hits, set))) mismatches.push(`pattern ${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(matched).toBeGreaterThan(50);
    // every gate and pattern against every labelled draft: its cost is the corpus's size, not a speed the test asserts
  }, 240_000);

  it('answers every lexicon entry gate from one literal scan of the text view exactly as its regex does', () => {
    const rules = loadRules(path.join(root, 'rules', 'detection'));
    const scanner = new LiteralScanner();
    const gates: Array<{ exact: RegExp; scanned: ReturnType<typeof scannedTest> }> = [];
    for (const r of rules.recognizers) {
      if (r.kind !== 'lexicon') continue;
      for (const e of r.entries) gates.push({ exact: gateRegex(e.gate), scanned: scannedTest(gateRegex(e.gate), scanner) });
    }
    const drafts = fs
      .readdirSync(path.join(root, 'corpus', 'drafts'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(root, 'corpus', 'drafts', f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { text: string }).text);
    drafts.push('whatsapp me', 'the app store', 'eight', 'IG: shop', 'x.com/abc', '绿色app', '📞 call');
    drafts.push(...gateFuzz(rules.recognizers.flatMap((r) => (r.kind === 'lexicon' ? r.entries.map((e) => e.gate) : []))));
    let passed = 0;
    const mismatches: string[] = [];
    for (const text of drafts) {
      const t = foldText(text).s;
      const hits = scanner.scan(t);
      for (const g of gates) {
        const want = g.exact.test(t);
        if (want) passed++;
        if (g.scanned.test(t, hits) !== want) mismatches.push(`${g.exact.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(passed).toBeGreaterThan(20);
  });

  it('finds literals that overlap, nest or share suffixes', () => {
    const scanner = new LiteralScanner();
    const words = ['he', 'she', 'his', 'hers', 'app', 'whatsapp', '微信', '信', '📞'];
    const ids = words.map((w) => scanner.id(w));
    for (const text of ['ushers', 'whatsapp', 'wechat 微信', 'call 📞 now', 'nothing', 'hi s', '']) {
      const hits = scanner.scan(text);
      words.forEach((w, k) => expect(hits[ids[k]!] === 1, `${w} in ${text}`).toBe(text.includes(w)));
    }
  });
});

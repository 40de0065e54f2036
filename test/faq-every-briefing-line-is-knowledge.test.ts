import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { foldLine, loadPassages, loadSkip } from '../src/faq/passages.js';
import { extractNumbers } from '../src/faq/text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(repoRoot, 'rules');
const sourcePath = process.env.HAILI_POLICY_SOURCE ?? resolve(repoRoot, '../shared/seed/merchant-briefing-2022-04.txt');
const haveSource = existsSync(sourcePath);
const lines = haveSource ? readFileSync(sourcePath, 'utf8').split('\n') : [];
const folded = lines.map(foldLine).join('');
const { sections } = loadKnowledge(rulesDir);
const passages = loadPassages(rulesDir, new Set(sections.map((s) => s.id)));
const skip = loadSkip(rulesDir);

describe('every fact-bearing line of the briefing is a passage', () => {
  it('has passages with both languages and a known section', () => {
    expect(passages.length).toBeGreaterThan(300);
    for (const p of passages) {
      expect(p.zh.length, p.id).toBeGreaterThan(0);
      expect(p.en.length, p.id).toBeGreaterThan(0);
    }
  });

  it.skipIf(!haveSource)('quotes every passage verbatim from the source', () => {
    const missing = passages.filter((p) => !folded.includes(foldLine(p.zh))).map((p) => `${p.id}: ${p.zh}`);
    expect(missing).toEqual([]);
  });

  it.skipIf(!haveSource)('holds every non-blank source line in some passage, unless it is listed as carrying no fact', () => {
    const nonFact = new Set(skip.nonFact.map((n) => foldLine(n.text)));
    const inRange = (n: number) => skip.ranges.some((r) => n >= r.from && n <= r.to);
    const held = passages.map((p) => foldLine(p.zh));
    const uncovered: string[] = [];
    lines.forEach((raw, i) => {
      const line = foldLine(raw);
      if (!line || inRange(i + 1) || nonFact.has(line)) return;
      if (held.some((h) => h.includes(line))) return;
      // a long line split over several passages: what no passage holds must be punctuation only
      let rest = line;
      for (const h of [...held].sort((a, b) => b.length - a.length)) if (h.length >= 2 && rest.includes(h)) rest = rest.split(h).join('');
      if (/[\p{L}\p{N}]/u.test(rest)) uncovered.push(`${i + 1}: ${raw.trim().slice(0, 80)}`);
    });
    expect(uncovered).toEqual([]);
  });

  it.skipIf(!haveSource)('states no number in an English rendering that the source does not state', () => {
    const sourceNumbers = new Set(extractNumbers(lines.join('\n')));
    const bad = passages.flatMap((p) => extractNumbers(p.en).filter((n) => !sourceNumbers.has(n)).map((n) => `${p.id}: ${n}`));
    expect(bad).toEqual([]);
  });

  it('would notice a line that no passage holds', () => {
    const held = passages.map((p) => foldLine(p.zh));
    expect(held.some((h) => h.includes(foldLine('提现费用低至0.25%')))).toBe(false);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { extractNumbers } from '../src/faq/text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = process.env.HAILI_POLICY_SOURCE ?? resolve(repoRoot, '../shared/seed/merchant-briefing-2022-04.txt');
const haveSource = existsSync(sourcePath);
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

describe('policy knowledge is traceable to the briefing', () => {
  it('has the source text available (required in CI)', () => {
    if (!haveSource && process.env.CI === 'true') {
      throw new Error(`policy source missing at ${sourcePath}; set HAILI_POLICY_SOURCE`);
    }
    expect(haveSource || process.env.CI !== 'true').toBe(true);
  });

  const source = haveSource ? squash(readFileSync(sourcePath, 'utf8')) : '';
  const sourceNumbers = new Set(extractNumbers(source));
  const { sections } = loadKnowledge(join(repoRoot, 'rules'));

  it.skipIf(!haveSource)('quotes every text line verbatim from the source', () => {
    const missing = sections.flatMap((s) => s.text.filter((l) => !source.includes(squash(l))).map((l) => `${s.id}: ${l}`));
    expect(missing).toEqual([]);
  });

  it.skipIf(!haveSource)('takes every key fact verbatim from the source', () => {
    const missing = sections.flatMap((s) =>
      Object.entries(s.facts).filter(([, v]) => !source.includes(squash(v))).map(([k, v]) => `${s.id}.${k}: ${v}`),
    );
    expect(missing).toEqual([]);
  });

  it.skipIf(!haveSource)('states no number (in Chinese or English fields) that the source does not state', () => {
    const bad: string[] = [];
    for (const s of sections) {
      const fields = [s.title, s.titleEn, s.answer, s.answerEn, s.textEn, ...s.aliases, ...Object.values(s.facts)];
      for (const f of fields) for (const n of extractNumbers(f)) if (!sourceNumbers.has(n)) bad.push(`${s.id}: ${n} in "${f.slice(0, 60)}"`);
    }
    expect(bad).toEqual([]);
  });

  it.skipIf(!haveSource)('would catch an invented figure', () => {
    expect(sourceNumbers.has(extractNumbers('提现费用 0.25%')[0]!)).toBe(false);
    expect(sourceNumbers.has(extractNumbers('USD 300,000')[0]!)).toBe(true);
  });

  it('covers every topic the briefing announces', () => {
    const ids = new Set(sections.map((s) => s.id));
    for (const id of [
      'false-info.penalty', 'false-info.pending-rectification', 'false-info.repeat-consequences', 'offplatform.penalty',
      'faq.allowed-communication', 'faq.no-delisted-products', 'enforcement.named-actions', 'enforcement.warned-actions',
      'governance.measures', 'pay.withdraw-legal-rep', 'pay.fee-waiver', 'green.benefits', 'gold.courses', 'gold.live-recruiting',
      'sns.overview', 'growth.newbie-tasks', 'star.evaluation-change', 'followme.schedule', 'followme.rewards',
    ]) expect(ids.has(id), id).toBe(true);
  });
});

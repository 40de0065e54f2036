import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arbiterFromModel, LISTING_ARBITER_BITS, loadListingArbiter, parsedView, ruleView, tokenIndex, type ListingArbiterModel } from '../src/listing/arbiter.js';
import { createListingChecker, DEFAULT_LISTING_RULES_DIR } from '../src/listing/index.js';
import { loadListingRules } from '../src/listing/rules.js';

const ROOT = join(import.meta.dirname, '..');

// Listings of our own wording: a bait ladder, a token shipping fee beside costly goods, a filler SKU, and plain ones.
const LISTINGS = [
  'Stainless Steel Lunch Box 3 Compartments\n2 - 99 Pieces US$ 12.00\n100 - 999 Pieces US$ 11.40\n>= 1000 Pieces US$ 0.60\nMin. order: 2 Pieces',
  '实木餐桌 1.6米 胡桃木色\n价格：US$ 260.00 / 张\n起订量：1 张\n运费：US$ 0.01（海运，预估）',
  'Cotton Hoodie Unisex 380gsm\nS: $9.80\nM: $9.90\nL: $10.20\nXL: $0.10 (color card)\nMOQ 50 pieces',
  'Ceramic Coffee Mug 350ml\n100 - 499 Pieces $1.35\n500 - 1999 Pieces $1.20\n>= 2000 Pieces $1.05\nSample: $5.00',
  'LED 灯泡 E27 9W 暖白\n价格：US$ 0.45 - 0.60 / 个\n起订量：1000 个\n运费：到付',
];

describe('the listing arbiter', () => {
  it('loads from the rules folder and scores a listing between 0 and 1', () => {
    const arbiter = loadListingArbiter(DEFAULT_LISTING_RULES_DIR);
    expect(arbiter).not.toBeNull();
    const rules = createListingChecker({ arbiter: false });
    for (const text of LISTINGS) {
      const p = arbiter!.score(text, ruleView(rules.check(text), rules.parse(text)));
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('turns a risk into ok exactly when its score is below the cut-off, keeping the rules findings, and raises an ok only at raiseAt', () => {
    const rules = createListingChecker({ arbiter: false });
    const shipped = createListingChecker();
    const arbiter = loadListingArbiter(DEFAULT_LISTING_RULES_DIR)!;
    const raiseAt = loadListingRules().thresholds.arbiter?.raiseAt;
    let risks = 0;
    for (const text of LISTINGS) {
      const alone = rules.check(text);
      const decided = shipped.check(text);
      if (alone.verdict !== 'risk') {
        // an ok listing is raised only at thresholds.yaml raiseAt, with one finding of its own after the rules' ones
        const raised = arbiter.score(text, ruleView(alone, rules.parse(text))) >= (raiseAt ?? Infinity);
        expect(decided.verdict).toBe(raised ? 'risk' : 'ok');
        expect(decided.findings.slice(0, alone.findings.length)).toEqual(alone.findings);
        expect(decided.findings.length).toBe(alone.findings.length + (raised ? 1 : 0));
        continue;
      }
      expect(decided.findings).toEqual(alone.findings);
      risks++;
      const vetoed = arbiter.score(text, ruleView(alone, rules.parse(text))) < 0.5;
      expect(decided.verdict).toBe(vetoed ? 'ok' : 'risk');
      expect(decided.fake).toBe(!vetoed);
    }
    expect(risks).toBeGreaterThan(0);
  });

  it('follows a model that says fake or genuine whatever the listing, and adds no risk unless told to raise', () => {
    const rules = createListingChecker({ arbiter: false });
    const model = (bias: number): ListingArbiterModel => ({ version: 1, bits: LISTING_ARBITER_BITS, trainedOn: 'test', seed: 1, bias, weights: {} });
    const trusting = arbiterFromModel(model(10), 0.5);
    const doubting = arbiterFromModel(model(-10), 0.5);
    const read = (text: string) => parsedView(rules.parse(text));
    for (const text of LISTINGS) {
      const alone = rules.check(text);
      expect(trusting.decide(text, alone, read)).toEqual(alone);
      const vetoed = doubting.decide(text, alone, read);
      expect(vetoed.verdict).toBe('ok');
      expect(vetoed.findings).toEqual(alone.findings);
      if (alone.verdict === 'risk') expect(vetoed.notes.length).toBe(alone.notes.length + 1);
    }
  });

  it('vetoes the listing its weights speak against and keeps the one they do not', () => {
    const rules = createListingChecker({ arbiter: false });
    const ladder = 'Stainless Steel Lunch Box 3 Compartments\n2 - 99 Pieces US$ 12.00\n100 - 999 Pieces US$ 11.40\n>= 1000 Pieces US$ 0.60\nMin. order: 2 Pieces';
    const withWord = `${ladder}\nPacking: gift box included`;
    expect(rules.check(ladder).verdict).toBe('risk');
    expect(rules.check(withWord).verdict).toBe('risk');
    // A model that trusts every risk unless the listing says "included".
    const arbiter = arbiterFromModel({ version: 1, bits: LISTING_ARBITER_BITS, trainedOn: 'test', seed: 1, bias: 3, weights: { [tokenIndex('W:included')]: -500 } }, 0.5);
    const read = (text: string) => parsedView(rules.parse(text));
    expect(arbiter.decide(ladder, rules.check(ladder), read).verdict).toBe('risk');
    const vetoed = arbiter.decide(withWord, rules.check(withWord), read);
    expect(vetoed.verdict).toBe('ok');
    expect(vetoed.findings).toEqual(rules.check(withWord).findings);
  });

  it('is off when thresholds.yaml switches it off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'larb-'));
    cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'thresholds.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(arbiter:\n\s+enabled:) true/, '$1 false'));
    expect(loadListingArbiter(dir)).toBeNull();
    const off = createListingChecker({ rulesDir: dir });
    const rules = createListingChecker({ arbiter: false });
    for (const text of LISTINGS) expect(off.check(text)).toEqual(rules.check(text));
  });

  it('retrains to the shipped model byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'larb-')), 'model.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/train-listing.ts'), '--no-lowo', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(DEFAULT_LISTING_RULES_DIR, 'arbiter-model.json'), 'utf8'));
  }, 120_000);
});

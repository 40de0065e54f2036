import { describe, expect, it } from 'vitest';
import { arbiterFromModel, LISTING_ARBITER_BITS, parsedView, raisedKind, type ListingArbiterModel, type RuleView } from '../src/listing/arbiter.js';
import { createListingChecker, loadListingRules } from '../src/listing/index.js';

// Listings of our own wording the rules pass: plain pages, a backend form, a rep's sentence.
const PASSED = [
  'Galvanised Steel Wire 2.0mm\nUS $680.00 - $720.00 / Ton | 5 Tons (Min. Order)\nPacking: 50kg coils',
  '陶瓷马克杯 350ml 白色\n价格：US$ 1.20 / 个\n起订量：500 个\n运费：到付',
  'Cotton Tote Bag 12oz Natural\n100 - 499 Pieces $1.10\n500 - 1999 Pieces $0.95\n>= 2000 Pieces $0.82',
];

const rules = loadListingRules();
const model = (bias: number): ListingArbiterModel => ({ version: 1, bits: LISTING_ARBITER_BITS, trainedOn: 'test', seed: 1, bias, weights: {} });
const raise = { at: 0.7, cueKinds: rules.thresholds.arbiter?.raiseKinds ?? {}, clauseOf: rules.clauseOf };
const view = (numbers: Record<string, number>, cues: string[] = []): RuleView => ({ verdict: 'ok', status: 'checked', layout: 'en_page', lang: 'en', findings: [], numbers, cues });

describe('the listing arbiter raising a listing the rules passed', () => {
  const alone = createListingChecker({ arbiter: false });
  const read = (text: string) => parsedView(alone.parse(text));

  it('raises it at or above raiseAt with one finding that names a kind, cites its clause and says what to fix', () => {
    const sure = arbiterFromModel(model(10), 0.5, raise);
    for (const text of PASSED) {
      const before = alone.check(text);
      expect(before.verdict).toBe('ok');
      const after = sure.decide(text, before, read);
      expect(after.verdict).toBe('risk');
      expect(after.fake).toBe(true);
      expect(after.findings).toHaveLength(before.findings.length + 1);
      const f = after.findings.at(-1)!;
      expect(f.clause).toBe(rules.clauseOf(f.kind).text);
      expect(f.fix.length).toBeGreaterThan(10);
      expect(f.evidence.arbiterScore).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('leaves it ok below raiseAt, and never raises without raiseAt', () => {
    const unsure = arbiterFromModel(model(0.5), 0.5, raise); // p = 0.62
    const vetoOnly = arbiterFromModel(model(10), 0.5);
    for (const text of PASSED) {
      const before = alone.check(text);
      expect(unsure.decide(text, before, read)).toEqual(before);
      expect(vetoOnly.decide(text, before, read)).toEqual(before);
    }
  });

  it('writes its finding in the listing language', () => {
    const sure = arbiterFromModel(model(10), 0.5, raise);
    const zh = sure.decide(PASSED[1]!, alone.check(PASSED[1]!), read).findings.at(-1)!;
    expect(zh.detail).toMatch(/[\u4e00-\u9fff]/);
    const en = sure.decide(PASSED[0]!, alone.check(PASSED[0]!), read).findings.at(-1)!;
    expect(en.detail).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the kind the parser read a cue for before any the numbers suggest', () => {
    expect(raisedKind(view({ tiers: 3, moq: 1 }, ['fclOnly']), raise.cueKinds)).toBe('moq');
    expect(raisedKind(view({ tiers: 0, fees: 1 }, ['freightAfterOrder']), raise.cueKinds)).toBe('shipping');
    expect(raisedKind(view({ tiers: 0 }, ['unitIsPack']), raise.cueKinds)).toBe('price_unit');
  });

  it('else a ladder, several SKUs, a fee with no goods price, or else the price against the market', () => {
    expect(raisedKind(view({ tiers: 3, skus: 4 }), raise.cueKinds)).toBe('price_ladder');
    expect(raisedKind(view({ tiers: 0, skus: 4, unitUsd: 2 }), raise.cueKinds)).toBe('sku_filler');
    expect(raisedKind(view({ tiers: 0, skus: 0, fees: 1 }), raise.cueKinds)).toBe('shipping');
    expect(raisedKind(view({ tiers: 0, skus: 0, fees: 1, unitUsd: 45 }), raise.cueKinds)).toBe('price_range');
    expect(raisedKind(view({ tiers: 1, unitUsd: 8.5, moq: 1000 }, ['disclaimers']), raise.cueKinds)).toBe('price_range');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createListingChecker, listingResultToReply } from '../src/listing/index.js';

/**
 * The briefing's three examples of false product information (corpus/listings/briefing/, cut verbatim from
 * merchant-briefing-2022-04.txt), flagged with the kind the briefing shows and a concrete fix.
 */
const checker = createListingChecker();
const example = (name: string) => readFileSync(new URL(`../corpus/listings/briefing/${name}.txt`, import.meta.url), 'utf8');
const briefing = readFileSync('/work/shared/seed/merchant-briefing-2022-04.txt', 'utf8');

describe('the briefing examples', () => {
  it('are cut verbatim from the briefing', () => {
    for (const name of ['bakery-sku', 'quartz-shipping', 'hair-price']) expect(briefing.includes(example(name).trim())).toBe(true);
  });

  it('虚假SKU: the $0.01 thank-you card and $0.05 cloth bag SKUs pull the range down to $0.01; the fix names them and the real range', () => {
    const r = checker.check(example('bakery-sku'));
    expect(r.verdict).toBe('risk');
    expect(r.findings.map((f) => f.kind)).toEqual(['sku_filler']);
    const f = r.findings[0]!;
    expect(f.detail).toContain("$0.01 'Thank you card'");
    expect(f.detail).toContain("$0.05 'Cloth bag'");
    expect(f.detail).toMatch(/headline price to \$0\.01/);
    expect(f.evidence.shareOfMedian).toBeLessThan(0.02);
    expect(f.fix).toMatch(/Remove or re-price the \$0\.05 'Cloth bag' and \$0\.01 'Thank you card' SKUs/);
    expect(f.fix).toContain('your range would be $0.23–$4.92');
    expect(f.clause).toContain('滥用SKU设置功能');
  });

  it('虚假运费: shipping is 3,948 times the goods price; the fix asks for real freight and a real sample price', () => {
    const r = checker.check(example('quartz-shipping'));
    expect(r.findings[0]!.kind).toBe('shipping');
    const f = r.findings[0]!;
    expect(f.evidence.shippingToGoods).toBeCloseTo(3948.26, 1);
    expect(f.detail).toContain('3,948×');
    expect(f.detail).toContain('$22,899,929.67');
    expect(f.fix).toMatch(/real freight/);
    expect(f.fix).toContain('$0.01');
    expect(f.clause).toBe('产品发布价格低但运费显著高于一般水平');
  });

  it('虚假价格: hair tiers fall from $1,500 to $13.50 per gram', () => {
    const r = checker.check(example('hair-price'));
    // The ladder first; the page's customisation MOQ of 10,000,000 grams (ten tonnes of hair) is flagged after it.
    expect(r.findings.map((f) => f.kind)).toEqual(['price_ladder', 'moq']);
    expect(r.findings[1]!.evidence.customMoq).toBe(10_000_000);
    const f = r.findings[0]!;
    expect(f.evidence.tierRatio).toBeCloseTo(111.11, 1);
    expect(f.detail).toContain('$1,500.00');
    expect(f.detail).toContain('$13.50');
    expect(f.fix).toMatch(/Re-price the tiers from 10000 - 14999 Gra/);
  });

  it('render as a listing card with the quoted clause and fix, in English for the English page', () => {
    const reply = listingResultToReply(checker.check(example('bakery-sku')), example('bakery-sku'));
    expect(reply.kind).toBe('listing');
    expect(reply.lang).toBe('en');
    expect(reply.card?.tone).toBe('danger');
    const values = reply.card!.fields!.map((x) => x.value).join('\n');
    expect(values).toContain('「滥用SKU设置功能');
    expect(values).toContain('$0.23–$4.92');
    expect(reply.text).toMatch(/delisted with 0 points/);
  });

  it('render in Chinese for a Chinese backend paste', () => {
    const text = '商品名称：真人发接发\n阶梯价：100-999克 $1,500.00；1000-9999克 $1,400.00；10000-14999克 $130.00；≥15000克 $13.50';
    const reply = listingResultToReply(checker.check(text), text);
    expect(reply.lang).toBe('zh');
    expect(reply.card!.title).toMatch(/虚假产品信息风险/);
    expect(reply.text).toMatch(/阶梯价从 \$1,500\.00/);
    expect(reply.text).toMatch(/产品0分下架/);
  });
});

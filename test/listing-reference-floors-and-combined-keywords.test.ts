import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Market-price checks from the operator's reference table (developer estimates, not briefing facts): a floor per
 * unit of measure for goods in no category, keywords whose words sit apart in a title, and ratings in Chinese.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t);
const kinds = (t: string) => check(t).findings.map((f) => f.kind);

describe('a floor per ton for goods in no category', () => {
  it('flags a price per ton nothing trades at, and says the figure is operator data', () => {
    const r = check('商品名称：工业盐 大颗粒\n价格：2 元/吨\n最小起订量：30 吨');
    expect(r.findings.map((f) => f.kind)).toContain('price_range');
    expect(r.notes.join(' ')).toMatch(/运营方数据/);
  });

  it('passes a real bulk price per ton', () => {
    expect(kinds('Yellow Corn Feed Grade\n$220 - $260/ Ton | 500 Tons(Min. Order)')).toEqual([]);
  });
});

describe('keywords joined with "+"', () => {
  it('match when their words sit apart in the title', () => {
    expect(kinds('Luxury Automatic Skeleton Men Watch Stainless\nUS $0.90 - US $1.20 / Piece\nMin. Order: 2 Pieces')).toContain('price_range');
  });

  it('leave cheap quartz watches and watch accessories alone', () => {
    expect(kinds('Quartz Men Watch Simple Dial\nUS $1.50 - US $1.90 / Piece\nMin. Order: 100 Pieces')).toEqual([]);
    expect(kinds('Automatic Watch Winder Box 4 Slots\nUS $9.00 - US $12.00 / Piece\nMin. Order: 10 Pieces')).toEqual([]);
  });
});

describe('a rating unit in Chinese', () => {
  it('scales the reference by carats', () => {
    expect(kinds('商品名称：天然钻石 裸钻 2克拉 G色\n价格：US$ 120.00 /颗\n最小起订量：1 颗')).toContain('price_range');
    expect(kinds('商品名称：天然钻石 裸钻 0.3克拉\n价格：US$ 260.00 /颗\n最小起订量：1 颗')).toEqual([]);
  });
});

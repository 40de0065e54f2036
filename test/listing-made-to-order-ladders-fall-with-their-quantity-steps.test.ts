import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods printed or made to the buyer's design spread a set-up cost (plates, dies, screens) over the order: a tier that
 * spans twenty times the quantity may cost a third. For such goods one step may fall with the square root of its
 * quantity step, capped; a bait tier falls further (tenfold at a small step) and stays flagged, and stock goods keep the
 * plain step limit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const ladder = (title: string, rows: [string, string][]) => `${title}\n${rows.map(([q]) => q).join('\t')}\n${rows.map(([, p]) => p).join('\t')}\nMin. Order: ${rows[0]![0].split(' ')[0]} Pieces`;

describe('volume tiers of made-to-order goods', () => {
  it('pass a steep fall spread over wide quantity steps', () => {
    const rows: [string, string][] = [['100 - 1999 Pieces', 'US$ 0.24'], ['2000 - 19999 Pieces', 'US$ 0.08'], ['>= 20000 Pieces', 'US$ 0.03']];
    expect(kinds(ladder('Custom Printed Hang Tags Kraft Paper Logo', rows))).toEqual([]);
    expect(kinds(`商品标题：定制 不干胶 圆形 封口贴\n阶梯价：100-1999张 US$0.24；2000-19999张 US$0.08；≥20000张 US$0.03\n起订量：100 张`)).toEqual([]);
  });

  it('pass prototype boards made to the buyer\'s files, whose whole ladder falls with its span', () => {
    expect(kinds('商品标题：PCB 线路板 打样 FR4 四层\n阶梯价：10-99片 US$3.00；100-999片 US$0.90；1000-9999片 US$0.32；≥10000片 US$0.13\n起订量：10 片')).toEqual([]);
  });

  it('flag a bait tier that falls tenfold over a small step', () => {
    const rows: [string, string][] = [['100 - 499 Pieces', 'US$ 3.20'], ['500 - 999 Pieces', 'US$ 2.90'], ['>= 1000 Pieces', 'US$ 0.29']];
    expect(kinds(ladder('Custom Printed Hang Tags Kraft Paper Logo', rows))).toContain('price_ladder');
  });

  it('keep the plain limit for stock goods', () => {
    const rows: [string, string][] = [['100 - 1999 Pieces', 'US$ 0.24'], ['2000 - 19999 Pieces', 'US$ 0.08'], ['>= 20000 Pieces', 'US$ 0.03']];
    expect(kinds(ladder('Nitrile Examination Gloves Powder Free Blue', rows))).toContain('price_ladder');
  });
});

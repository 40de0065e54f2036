import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part noun after the machine the title names', () => {
  it('passes parts priced as parts, not as the machine they fit', () => {
    expect(kinds('Excavator Track Idler Bolt M16 for Komatsu PC200\n$0.45 - $0.70 / Piece | 100 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('叉车转向油缸 杭叉 合力 2.5吨 原厂\nUS$ 150.00 - 210.00 / 个 | 1 个起订')).toEqual([]);
    expect(kinds('商品名称：挖掘机 液压齿轮泵 小松 PC60\n价格：US$ 260 - 320')).toEqual([]);
  });

  it('still judges the machine itself, a machine listing its features, and other trades\' words', () => {
    expect(kinds('Diesel Forklift 3 Ton Side Shifter Container Mast\n$350 - $420 / Unit | 1 Unit (Min. Order)')).toContain('price_range');
    expect(kinds('全新 柴油叉车 3吨 侧移 集装箱门架\nUS$ 300 - 400 / 台 | 1 台起订')).toContain('price_range');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Product heads the reference table named for the first time in session 39 (displays by their diagonal, storage by its
 * capacity, plant and machines, building materials, food): a real price passes, one far below the developer's low floor is
 * flagged. A Chinese title names its goods by substrings, so the bag, bottle blank or label named after a product
 * (饲料袋 a feed bag, 矿泉水瓶坯 a water-bottle preform) is packaging, never the product.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('new product heads meet their market', () => {
  it('passes real prices (en, zh)', () => {
    expect(kinds('49 inch LCD Video Wall 1.8mm Bezel Splicing Screen\nUS $210.00 - $260.00/Piece | 4 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：65寸 会议平板 触摸一体机 4K\n计量单位：台\n价格设置：区间价：$420.00 - $480.00/台\n最小起订量：2')).toEqual([]);
    expect(kinds('NVMe SSD 512GB M.2 2280 PCIe 3.0\nUS $17.50 - $19.00/Piece | 100 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('CNC Hydraulic Press Brake 63T/2500 with DA53T\nUS $9,800.00 - $12,500.00/Set | 1 Set(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：冷冻带子 扇贝柱 北海道\n计量单位：千克\n价格设置：区间价：$18.00 - $24.00/千克\n最小起订量：200')).toEqual([]);
  });

  it('flags a price far below what the goods cost (en, zh)', () => {
    expect(kinds('49 inch LCD Video Wall 1.8mm Bezel Splicing Screen\nUS $12.00 - $19.00/Piece | 4 Pieces(Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：65寸 会议平板 触摸一体机 4K\n计量单位：台\n价格设置：区间价：$30.00 - $45.00/台\n最小起订量：2')).toContain('price_range');
    expect(kinds('NVMe SSD 2TB M.2 2280 PCIe 4.0\nUS $2.50 - $3.80/Piece | 100 Pieces(Min. Order)')).toContain('price_range');
    expect(kinds('CNC Hydraulic Press Brake 63T/2500 with DA53T\nUS $98.00 - $125.00/Set | 1 Set(Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：冷冻带子 扇贝柱 北海道\n计量单位：千克\n价格设置：区间价：$0.60 - $0.95/千克\n最小起订量：200')).toContain('price_range');
  });

  it('leaves packaging and parts named after a product alone (zh, en)', () => {
    expect(kinds('产品名称：PP编织袋 25kg 饲料袋 覆膜\n计量单位：个\n价格设置：区间价：$0.05 - $0.07/个\n最小起订量：20000')).toEqual([]);
    expect(kinds('产品名称：矿泉水瓶坯 PET 30牙 18g\n计量单位：个\n价格设置：区间价：$0.015 - $0.02/个\n最小起订量：200000')).toEqual([]);
    expect(kinds('Press Brake Tooling Top Punch 88 Degree\nUS $18.00 - $25.00/Piece | 5 Pieces(Min. Order)')).toEqual([]);
  });
});

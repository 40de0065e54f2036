import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A part named in Chinese (桨叶 propeller blades, 滤芯 filter cartridge, 表带 strap) is no more the product it serves than one
 * named in English ("Drone Propellers"), and goods that only feel or look like a material (羊绒触感, 真丝质感, 大理石效果) are no
 * more that material than "Cashmere Feel": the reference price of the served product or the imitated material is not theirs.
 * The product itself, in either language, is still compared with its reference price.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part or look-alike named in Chinese', () => {
  it('is not priced against the product it serves (zh, en)', () => {
    expect(kinds('首页 > 户外 > 无人机配件\n航拍无人机桨叶 碳纤维 2对装\nUS $1.10 - $2.40 / 套 | 20套起批')).toEqual([]);
    expect(kinds('首页 > 家居 > 冰箱配件\n冰箱滤芯 通用款 活性炭\nUS $2.10 - $3.00 / 个 | 50个起批')).toEqual([]);
    expect(kinds('Drone Propellers Quick Release 2 Pairs\nUS $0.60 - $0.90 / Pair | 100 Pairs (Min. Order)')).toEqual([]);
  });

  it('is not priced against the material it imitates (zh, en)', () => {
    expect(kinds('首页 > 服饰配件 > 披肩\n羊绒触感 加厚披肩 女士 秋冬 纯色\nUS $1.80 - $2.60 / 条 | 30条起批')).toEqual([]);
    expect(kinds('Cashmere Feel Scarf Women Winter Acrylic\nUS $1.20 - $1.90 / Piece | 50 Pieces (Min. Order)')).toEqual([]);
  });

  it('still prices the product itself against its reference', () => {
    expect(kinds('首页 > 户外 > 无人机\n4K高清航拍无人机 折叠四轴飞行器\nUS $1.10 - $2.40 / 台 | 20台起批')).toContain('price_range');
    expect(kinds('首页 > 服饰配件 > 围巾\n100%山羊绒围巾 女士 冬季加厚\nUS $0.90 - $1.50 / 条 | 50条起批')).toContain('price_range');
    expect(kinds('Foldable 4K Camera Drone Quadcopter\nUS $1.10 - $2.40 / Piece | 20 Pieces (Min. Order)')).toContain('price_range');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker, loadListingRules } from '../src/listing/index.js';

const rules = loadListingRules();
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('reference floors for goods whose name sets their market', () => {
  it('knows the categories by their names, and not their look-alikes', () => {
    expect(rules.referenceFor!('Commercial Espresso Machine 3 Group E61 for Coffee Shop')?.id).toBe('commercial-espresso-machine');
    expect(rules.referenceFor!('Anxi Tieguanyin Oolong Tea Loose Leaf 500g')?.id).toBe('famous-chinese-tea');
    expect(rules.referenceFor!('Carrara White Marble Slab Honed 20mm')?.id).toBe('italian-marble');
    expect(rules.referenceFor!('Carrara Marble Look Porcelain Floor Tile 600x600')?.id).not.toBe('italian-marble');
    expect(rules.referenceFor!('6 Axis Industrial Robot Arm Payload 20kg Palletizing')?.id).toBe('industrial-robot-arm');
    expect(rules.referenceFor!('Desktop 6 Axis Robot Arm Educational Kit')?.id).not.toBe('industrial-robot-arm');
    expect(rules.referenceFor!('Frozen Salmon Portions Skin-on Boneless IVP')?.id).toBe('salmon');
  });

  it('flags such goods priced far below their floor and passes them at a real price', () => {
    const page = (price: string) => `Portable IPL Hair Removal Device 500000 Flashes Ice Cooling\n${price}/ Piece | 2 Pieces/Pieces(Min. Order)`;
    expect(kinds(page('$2.10 - $2.90'))).toContain('price_range');
    expect(kinds(page('$21.00 - $29.00'))).toEqual([]);
    const tea = (price: string) => `商品名称：安溪 铁观音 乌龙茶 散装\n价格区间：${price} / 千克\n最小起订量：5 千克`;
    expect(kinds(tea('US $1.20 - $1.60'))).toContain('price_range');
    expect(kinds(tea('US $18.00 - $26.00'))).toEqual([]);
  });
});

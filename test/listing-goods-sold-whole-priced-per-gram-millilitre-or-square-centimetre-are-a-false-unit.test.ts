import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('goods sold whole, priced per a small measure', () => {
  it('reads the unit a page tier counts as the price unit when the price states none (a chair per gram)', () => {
    const chair = (from: number, unit: string, prices: string) => `Luxury Velvet Dining Chair Gold Stainless Steel Legs Restaurant Chair\n${from} - ${from * 50 - 1} ${unit}\t${from * 50} - ${from * 100 - 1} ${unit}\t>=${from * 100} ${unit}\n${prices}\nMin. Order: ${from} ${unit}\nColor:\tGreen\tPink\tGrey`;
    expect(kinds(chair(1000, 'Grams', '$0.012\t$0.011\t$0.010'))).toContain('price_unit');
    expect(kinds(chair(2, 'Pieces', '$52.00\t$48.00\t$45.00'))).toEqual([]);
    // Food by weight whose name holds a shape word ("Swiftlet Cup") is no cup.
    expect(kinds("Edible Bird's Nest Cleaned Swiftlet Cup\n100 - 499 Grams\t500 - 999 Grams\t>=1000 Grams\n$1.95\t$1.70\t$1.47\nGrade:\tAAA\tAA")).toEqual([]);
  });

  it('takes a chandelier or a pendant light for goods sold by the piece', () => {
    expect(kinds('Luxury Crystal Chandelier Gold Modern LED Pendant Light Living Room Hotel Lobby\n$0.09/ Gram | 500 Gram/Grams(Min. Order)\n500 - 9999 Grams\t>=10000 Grams\n$0.09\t$0.08')).toContain('price_unit');
    expect(kinds('Luxury Crystal Chandelier Gold Modern LED Pendant Light Living Room Hotel Lobby\n$180.00 - $220.00/ Piece | 2 Piece/Pieces(Min. Order)\n2 - 9 Pieces\t>=10 Pieces\n$220.00\t$180.00')).toEqual([]);
  });

  it('flags a price per gram or square centimetre when the page says the goods are sold whole only', () => {
    expect(kinds('13x6 HD Lace Front Human Hair Wig Straight 250% Density Glueless\n$0.85/ Gram | 100 Gram/Grams(Min. Order)\n100 - 999 Grams\t>=1000 Grams\n$0.85\t$0.78\nNote: each wig 220-280g, sold by the wig only, no half wig')).toContain('price_unit');
    expect(kinds('商品名称：天然 卡拉拉白 大理石大板 台面板 2cm 厚\n价格单位：平方厘米\n阶梯价：\n1000-99999 平方厘米\tUS$ 0.006\n≥100000 平方厘米\tUS$ 0.005\n最小起订量：1000 平方厘米\n备注：大板规格 2800×1600mm，整片出售')).toContain('price_unit');
  });

  it('passes a price per square metre or per kilogram with whole slabs or bags, and a note sold by a unit of measure', () => {
    expect(kinds('商品名称：天然 卡拉拉白 大理石大板 台面板 2cm 厚\n阶梯价：\n50-199 平方米\tUS$ 62.00\n≥200 平方米\tUS$ 55.00\n最小起订量：50 平方米\n备注：大板规格 2800×1600mm，整片出售')).toEqual([]);
    expect(kinds('Human Hair Bundles Brazilian Virgin Hair Body Wave\n$0.85/ Gram | 100 Gram/Grams(Min. Order)\n100 - 999 Grams\t>=1000 Grams\n$0.85\t$0.78\nNote: sold by the gram only, any weight from 100g')).toEqual([]);
  });

  it('reads a perfume priced per millilitre as goods sold by the piece, its gift box being its packing', () => {
    const perfume = (price: string, moq: string) => `商品名称：阿拉伯 香水 100ml 礼盒装 男士 持久 乌木沉香\n价格：${price}\n最小起订量：${moq}\nSKU 规格：100ml 礼盒装（单瓶）\n运费：空运 / 快递（含液体附加费）`;
    expect(kinds(perfume('US$ 0.03 / 毫升', '1000 毫升'))).toContain('price_unit');
    expect(kinds(perfume('US$ 4.80 / 瓶', '48 瓶'))).toEqual([]);
  });
});

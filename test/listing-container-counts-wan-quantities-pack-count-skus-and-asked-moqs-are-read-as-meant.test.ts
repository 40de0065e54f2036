import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('quantities read as the page means them', () => {
  it('reads "1 × 20GP" as one container, not twenty, and compares no container count with a tier', () => {
    const text = '600×1200 通体大理石瓷砖 哑光\n价格：US$ 5.60/㎡（1 个 20GP 起，约 1,380㎡），2 柜以上 US$ 5.30/㎡\n最小起订量：1 × 20GP\n运费：FOB 佛山，海运费按船公司当期报价';
    expect(checker.parse(text).moq).toMatchObject({ qty: 1, unit: { id: 'container' } });
    expect(kinds(text)).toEqual([]);
    // The goods' own quantity after the containers still reads as before.
    expect(checker.parse('Coconut Shell Activated Carbon\n1 - 9 Tons\nUS $1,252.00\n>=10 Tons\nUS $1,184.00\nMOQ: 1 x 20GP container (approx. 25 MT).').moq?.unit?.id).toBe('container');
  });

  it('reads "10 万粒" with a space as a hundred thousand, and 千克 stays a kilogram', () => {
    const text = '十字盘头 机丝 M3×8 镀镍\n价格：US$ 0.003/粒（10万粒起），US$ 0.0025/粒（≥100万粒）\n起订：10 万粒，1 万粒/袋';
    expect(checker.parse(text).moq?.qty).toBe(100_000);
    expect(kinds(text)).toEqual([]);
    // A false MOQ written the same way is still compared with the first tier.
    expect(kinds('十字盘头 机丝 M3×8 镀镍\n阶梯价：10万-99万粒 US$ 0.003；≥100万粒 US$ 0.0025\n最小起订量：10 粒')).toContain('moq');
    expect(checker.parse('铝型材\n阶梯价：\n500-1999 千克\t¥19.11\n≥2000 千克\t¥16.90\n最小起订量：500 千克').moq).toMatchObject({ qty: 500, unit: { id: 'kilogram' } });
  });

  it('compares SKUs named by their count alone per piece: a single at the same price per piece is no filler', () => {
    const skus = (one: string) => `商品名称: Baby Girls Hair Clips Set Snap Barrettes 儿童发夹\nSKU 规格与价格:\n1 pc (单个)\tUS$ ${one}\n10 pcs/card\tUS$ 0.48\n50 pcs/box\tUS$ 2.30\n最小起订量: 200 件`;
    expect(kinds(skus('0.05'))).toEqual([]);
    // A single far below the packs' price per piece still pulls the range down.
    expect(kinds(skus('0.01'))).toContain('sku_filler');
  });

  it('takes a rep asking whether an MOQ looks fake for no word that it is', () => {
    const summary = (last: string) =>
      `Listing summary for the PVC resin page:\n- PVC Resin SG-5 K67, 25kg bags\n- Price: USD 1,080 - 1,160 / Ton, FOB Tianjin\n- MOQ: 17 Tons (1x20GP)\n- Tiers: 17-99 Tons $1,160 | 100-499 Tons $1,120 | >=500 Tons $1,080\n${last}`;
    expect(kinds(summary('Is 17 tons MOQ going to look fake??'))).toEqual([]);
    expect(kinds(summary('Note: the MOQ is not the real one, we only ship 5 containers up.'))).toContain('moq');
  });
});

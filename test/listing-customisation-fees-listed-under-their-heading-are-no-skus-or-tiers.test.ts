import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The backend form lists what customisation costs under its own heading ("定制：", "定制费用："): per-item add-ons
 * ("+US$0.08/个"), plate and film fees. They are charges added to the goods' price, not SKUs of the goods nor price tiers;
 * and a one-off fee waived above a quantity ("模具费 US$35/款 (≥5000 个免收)", "Plate fee $30, waived when qty >= 10000")
 * states when it is waived, not a tier. A SKU list with a token filler is still read as SKUs.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('customisation fees', () => {
  it('are no SKUs when listed under a customisation heading', () => {
    const t = '商品名称：Custom Printed Ceramic Mug 11oz\n计量单位：个\n最小起订量：100 个\n阶梯价：≥100 US$1.20；≥1000 US$0.95\n定制费用：\n  - 印刷 1 色 +US$0.10/个，每增加 1 色 +US$0.05\n  - 菲林费 US$30/色\n  - 礼盒 +US$0.20/个\n样品：US$20';
    expect(kinds(t)).toEqual([]);
  });

  it('a fee waived above a quantity is no tier', () => {
    expect(kinds('商品名称：Custom Silicone Keychain\n计量单位：个\n最小起订量：100 个\n阶梯价：≥100 US$0.50；≥1000 US$0.30；≥5000 US$0.20\n定制服务：模具费 US$40/款 (单款订单 ≥5000 个免收)')).not.toContain('price_ladder');
    expect(kinds('Custom Paper Bag with Logo\n500 - 999 Pieces\t1000 - 4999 Pieces\t>= 5000 Pieces\n$0.40\t$0.30\t$0.22\nMin. Order: 500 Pieces\nNote: price is for 1 color printing. Plate fee $40/color, waived when qty >= 20000pcs.')).not.toContain('price_ladder');
  });

  it('still reads a token SKU in the SKU field', () => {
    expect(kinds('商品名称：Custom Printed Ceramic Mug 11oz\n计量单位：个\n最小起订量：100 个\nSKU 规格与价格：\n  白色  US$1.20\n  黑色  US$1.30\n  蓝色  US$1.30\n  贺卡  US$0.01')).toContain('sku_filler');
  });
});

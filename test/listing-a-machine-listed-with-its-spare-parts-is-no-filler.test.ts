import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A machine listed with its spare parts and consumables, each labelled as such ("刀片（配件）", "Spare belt", "(consumable)")
 * and priced as real goods, sells them openly beside the machine: no filler, and the freight per machine is compared with
 * the machine's price, not a part's. A part labelled so at a token price, or an "accessory only" link, is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a machine listed with its spare parts', () => {
  it('passes with the parts labelled and priced as goods', () => {
    expect(kinds('商品名称：商用绞肉机 不锈钢 电动 Commercial Meat Grinder\n价格区间：US $3.60 - $820.00\n最小起订量：1 台\nSKU 规格与价格：\n  ① 22型 1100W ............ $460.00\n  ② 32型 2200W ............ $820.00\n  ③ 绞刀（配件）22型 ........ $12.00\n  ④ 孔板 8mm（配件）......... $7.50\n  ⑤ 密封圈 ×3（配件）........ $3.60\n运费：运费模板「大件-海运」整机 $180/台起，配件走快递')).toEqual([]);
    expect(kinds('Industrial Sewing Machine Direct Drive Lockstitch\n$2.80 - $265.00 / Piece | 1 Piece (Min. Order)\nModel:\n  Machine head + table + motor   $265.00\n  Machine head only             $198.00\n  Spare needle pack x50          $2.80\n  Spare presser foot set         $9.50\n  Bobbin case (spare part)       $4.20')).not.toContain('sku_filler');
  });

  it('still flags a labelled part at a token price', () => {
    expect(kinds('商品名称：商用绞肉机 不锈钢 电动 Commercial Meat Grinder\n价格区间：US $0.05 - $820.00\n最小起订量：1 台\nSKU 规格与价格：\n  22型 1100W $460.00\n  32型 2200W $820.00\n  32型 2100W $790.00\n  孔板（配件）$0.05')).toContain('sku_filler');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * MOQs hidden in the text: an order value every order must reach ("Minimum order value US$1,500", "首单金额须满 USD 2000"),
 * which at the page's dearest price is far more units than the MOQ field; a refusal in a sentence of its own after one about
 * custom designs ("Orders under 300 pcs cannot be produced."), or one saying stock and custom orders alike start there
 * ("现货和定制一律 300 件起订"); and a minimum of one pallet whose content the page gives ("1 pallet (240 pcs)"), beside an
 * option the page itself calls a reference price. A customisation section's own MOQs, a free-shipping threshold and a
 * minimum order value the MOQ already meets are no hidden MOQ.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a minimum order value, a refusal beside custom work and a pallet MOQ', () => {
  it('flags an order value far above the MOQ order (backend zh, page en)', () => {
    const form = ['商品标题：硅胶 厨房 铲勺 套装 6件套 耐高温', '价格区间：USD 2.40 - 3.20 / 套', '最小起订量：1 套', '运费模板：按重量', '详情描述：', '下单须知：首单金额须满 USD 2000，不满的订单不予发货。'].join('\n');
    expect(kinds(form)).toContain('moq');
    const page = ['Men\'s Cotton Polo Shirt Short Sleeve Plain Golf Shirt', '$4.60 - $5.90 / Piece | 2 Pieces (Min. Order)', 'Size: S-3XL', '', 'Product Description', 'Factory direct. Minimum order value US$1,500 per shipment.'].join('\n');
    expect(kinds(page)).toContain('moq');
    const under = ['Ceramic Coffee Mug 350ml Matte Glaze Stoneware Cup', '$1.80 - $2.30 / Piece | 1 Piece (Min. Order)', 'Note: orders under US$800 will be cancelled and refunded.'].join('\n');
    expect(kinds(under)).toContain('moq');
  });

  it('passes a free-shipping threshold and a minimum order value the MOQ already meets', () => {
    expect(kinds(['Ceramic Coffee Mug 350ml Matte Glaze Stoneware Cup', '$1.80 - $2.30 / Piece | 1 Piece (Min. Order)', 'Free shipping on orders over US$200.'].join('\n'))).toEqual([]);
    expect(kinds(['商品标题：硅胶 厨房 铲勺 套装 6件套 耐高温', '价格区间：USD 2.40 - 3.20 / 套', '最小起订量：100 套', '详情描述：订单金额不低于 USD 300（即 100 套起）。'].join('\n'))).toEqual([]);
  });

  it('flags a refusal in its own sentence after one about custom designs (page en)', () => {
    const page = [
      'Personalized Embroidered Baseball Cap Custom Logo Dad Hat',
      '$1.90 - $3.50 / Piece | 5 Pieces (Min. Order)',
      '5 - 299 pcs $3.50 | 300 - 999 pcs $2.60 | >= 1000 pcs $1.90',
      'Every cap carries your own embroidered logo, custom design drafts in 24h. Orders under 300 pcs cannot be produced.',
    ].join('\n');
    expect(kinds(page)).toContain('moq');
  });

  it('flags a line saying stock and custom orders alike start at a quantity (backend zh)', () => {
    const form = ['商品标题：纯棉 毛巾 加厚 吸水 酒店 面巾', '价格区间：USD 0.90 - 1.40 / 条', '最小起订量：2 条', '运费模板：按重量', '详情描述：', '订购说明：现货和定制一律 300 条起订，300 条以下不接单。'].join('\n');
    expect(kinds(form)).toContain('moq');
  });

  it('passes customisation MOQs under a customisation label and a custom-only minimum', () => {
    const form = ['商品标题：纯棉 毛巾 加厚 吸水 酒店 面巾', '价格区间：USD 0.90 - 1.40 / 条', '最小起订量：2 条', '定制服务：绣 logo 起订 100 条；专属颜色 起订 500 条', '运费模板：按重量'].join('\n');
    expect(kinds(form)).toEqual([]);
    const page = ['Plain Baseball Cap Cotton Dad Hat Blank', '$1.90 - $2.40 / Piece | 5 Pieces (Min. Order)', 'Blank caps ship from stock. Custom embroidered logo: min. 300 pcs, orders under 300 pcs with logo cannot be customized.'].join('\n');
    expect(kinds(page)).toEqual([]);
  });

  it('flags a minimum of one pallet whose count the page gives, and an option called a reference price', () => {
    const page = ['Plastic Storage Box With Lid 30L Stackable Container', '$0.80 - $6.90 / Piece | 1 Piece (Min. Order)', 'Option:', ' Single box (for reference)   $0.80', ' Pallet 150 pcs, per piece    $6.40', ' Pallet, with wheels          $6.90', 'Min. order 1 pallet (150 pcs).'].join('\n');
    const found = kinds(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((k) => k === 'moq' || k === 'sku_filler')).toBe(true);
    expect(kinds(['商品标题：收纳箱 带盖 30L 可叠加', '价格区间：USD 5.90 - 6.90 / 个', '最小起订量：1 个', 'SKU 规格：单个（仅供参考）USD 0.60；整托 150 个 每个 USD 6.40；带轮款 USD 6.90'].join('\n'))).toContain('sku_filler');
  });

  it('passes a pallet MOQ that matches the MOQ field', () => {
    expect(kinds(['Plastic Storage Box With Lid 30L Stackable Container', '$6.40 - $6.90 / Piece | 150 Pieces (Min. Order)', 'Packing: 1 pallet (150 pcs), min. order 1 pallet.'].join('\n'))).toEqual([]);
  });
});

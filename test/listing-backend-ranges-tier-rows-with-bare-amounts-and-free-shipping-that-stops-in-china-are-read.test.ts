import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (text: string) => checker.check(text).findings.map((f) => f.kind);

describe('backend price fields and tier rows written as bare amounts', () => {
  it('reads a pricing field with the word range, a dash, a currency code and a unit', () => {
    const p = checker.parse('Product name: Steel Pipe Clamp\nPricing: Range 1.20 – 1.80 USD / Piece\nMOQ: 100');
    expect(p.headline?.min.usd).toBe(1.2);
    expect(p.headline?.max?.usd).toBe(1.8);
    expect(p.headline?.unit?.id).toBe('piece');
  });

  it('reads indented rows under a tiered-pricing heading as tiers, a thousands comma included', () => {
    const p = checker.parse('Product name: Hydraulic Breaker Hammer\nPricing mode: Tiered\n  1-2 pcs   3,150\n  3-5 pcs   2,980\n  >=6 pcs   2,800\nUnit: Piece  MOQ: 1');
    expect(p.tiers.map((x) => x.price.usd)).toEqual([3150, 2980, 2800]);
    expect(checker.check('商品名称：男士皮带 真皮\n价格类型：阶梯价\n  2 - 49 条      5.20\n  50 - 499 条    4.90\n  ≥ 500 条       0.49').findings.map((f) => f.kind)).toContain('price_ladder');
  });

  it('reads a bare product label as the title', () => {
    expect(checker.parse('产品：冷冻带鱼 整条\n价格：1.2-1.6 美元/千克\n起订量：1吨').title).toBe('冷冻带鱼 整条');
  });
});

describe('free shipping its own words limit to China, and a freight called the default template', () => {
  it('flags free shipping only to a Chinese port or warehouse, or with the ocean leg on the buyer', () => {
    expect(kinds('商品名称：不锈钢水槽 单槽\n价格：US$28.00 / 个\n最小起订量：10 个\n运费模板：包邮（仅限国内仓库提货）\n展示文案：Free shipping worldwide')).toContain('shipping');
    expect(kinds('title,unit,price,moq,shipping\n"Wheel Loader Bucket 3 cbm",piece,2600,1,"Free shipping (ocean freight paid by buyer)"')).toContain('shipping');
  });

  it('flags a shown freight the rep says is only the default template, raised after the order', () => {
    expect(kinds('破碎锤链接运费显示20美金，其实是系统默认模板，真实海运要好几百，我们付款后再改运费')).toContain('shipping');
  });

  it('passes a free-shipping page with no such words', () => {
    expect(checker.check('商品名称：不锈钢水槽 单槽\n价格：US$28.00 / 个\n最小起订量：10 个\n运费模板：包邮').verdict).toBe('ok');
  });
});

describe('a rep or remark saying the price shown is not the real one', () => {
  it('reads a price set for the search ranking, one given on inquiry, and a unit chosen to make the number small', () => {
    expect(kinds('Product name 商品名称: Beeswax Pillar Candle\nPrice 价格: US$0.03 / Piece\nMOQ 最小起订: 1\n备注 remark: real 出厂价 $3.5，0.03 是为了 search ranking')).toContain('price_range');
    expect(kinds('Custom Logo Scented Candle OEM\nUS $0.08 / Piece\nMin. Order: 1 Piece\n* Real price please inquiry')).toContain('price_range');
    expect(kinds('Product name: Linen Fabric 100% Natural\nPrice: 0.06 / Centimeter\nMOQ: 100 Centimeter\nSeller remark: buyers order by the metre, we use cm so the price looks small')).toContain('price_unit');
  });

  it('reads a backend field naming the real sale in packs, not by the piece', () => {
    expect(kinds('商品名称：纯棉袜子 5双装\n计量单位：双   价格：US$0.20\n最小起订量：1\n实际售卖：5双装一包 US$3.50，不单件卖')).toContain('price_unit');
  });
});

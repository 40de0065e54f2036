import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A listing that sells the product, the product with an add-on ("Mug + wooden coaster", "雨衣+雨鞋套") and the add-on alone
 * ("wooden coaster only", "仅雨鞋套"): the cheap SKU is the bundle's own component sold singly, a real item at a real price,
 * when it costs a fair share of what the bundle adds (thresholds sku.bundlePartMinShare). Such SKUs were flagged as filler
 * (round 44). A cent add-on beside the bundle is still a placeholder, and a part the bundle's product itself is named by
 * (a drill bit beside "Drill + battery") is no component it adds; nor is an add-on the listing says is not sold on its own.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an item a bundle SKU adds, sold on its own, is no filler unless at a token price', () => {
  it.each([
    ['csv', 'title,sku_prices,display_price\nFishing Jig Head 10g,"Jig:$0.30|Jig+soft bait tail:$0.42|Soft bait tail:$0.03",$0.03-$0.42'],
    ['backend', "Product name: Glass Food Container 1000ml\nSKU attribute 'Type':\n  container only ........ US$1.60\n  container + silicone sleeve  US$2.05\n  silicone sleeve only .. US$0.21\nMOQ: 300 Pieces"],
    ['page', 'Acoustic Guitar 41 inch Spruce Top\nUS$ 2.50 - 48.00 / Piece | 20 Pieces (Min. Order)\nStyle:\n  Guitar only                   $42.00\n  Guitar + gig bag              $48.00\n  Gig bag only                  $2.50'],
  ])('passes an English %s listing', (_, t) => {
    expect(kinds(t)).not.toContain('sku_filler');
  });

  it.each([
    ['backend', '产品名称：儿童雨衣 PU 带书包位\n规格：\n  雨衣 US$2.60\n  雨衣+雨鞋套 US$3.20\n  仅雨鞋套 US$0.30\n起订量：300 件'],
    ['page', '鱼竿 碳素 3.6米 台钓竿\nUS$ 0.35 - 16.00 / 根 | 20 根起订\n规格：鱼竿 $13.50 ｜ 鱼竿+竿包 $16.00 ｜ 仅竿包 $0.35'],
    ['page', '产品名称：陶瓷马克杯 350ml\n规格：\n  马克杯 US$1.10\n  马克杯+木杯垫 US$1.45\n  仅木杯垫 US$0.25\n起订量：500 个'],
  ])('passes a Chinese %s listing', (_, t) => {
    expect(kinds(t)).not.toContain('sku_filler');
  });

  it('flags a cent add-on beside the bundle that holds it (en, zh)', () => {
    expect(kinds('Smart Watch Sport Fitness Tracker\n$0.01 - $25.00 / Piece | 10 Pieces (Min. Order)\nStyle:\n  Watch                 $24.00\n  Watch + extra strap   $25.00\n  Strap only            $0.01')).toContain('sku_filler');
    expect(kinds('儿童自行车 16寸\nUS$ 0.01 - 42.00 / 辆 | 10 辆起订\n规格：单车 $38.00 ｜ 单车+辅助轮 $42.00 ｜ 仅辅助轮 $0.01')).toContain('sku_filler');
  });

  it('flags the add-on when the listing says it is not sold on its own (zh, en)', () => {
    expect(kinds('鱼竿 碳素 3.6米 台钓竿\nUS$ 0.35 - 16.00 / 根 | 20 根起订\n规格：鱼竿 $13.50 ｜ 鱼竿+竿包 $16.00 ｜ 仅竿包 $0.35\n备注：竿包不单卖，只随竿发')).toContain('sku_filler');
    expect(kinds('Acoustic Guitar 41 inch Spruce Top\nUS$ 1.00 - 48.00 / Piece | 20 Pieces (Min. Order)\nStyle:\n  Guitar only                   $42.00\n  Guitar + gig bag              $48.00\n  Gig bag only                  $1.00\nNote: bags cannot be ordered separately')).toContain('sku_filler');
  });

  it('flags a part named after the bundle product, not one of its add-ons', () => {
    const t = '21V Cordless Drill Set\nUS$2.80 - 46.50 / piece | 2 pieces (Min. order)\nSpecification:\n  Drill+2 Battery+Charger   $46.50\n  Drill+1 Battery+Charger   $38.90\n  Bare tool                 $29.00\n  6mm drill bit             $2.80';
    expect(kinds(t)).toContain('sku_filler');
  });
});

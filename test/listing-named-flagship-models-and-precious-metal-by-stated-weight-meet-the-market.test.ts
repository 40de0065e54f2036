import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The market-price clause needs to know what goods cost. Named flagship models (recent iPhones, MacBooks, DJI camera
 * drones, current RTX / RX graphics cards, Swiss-movement watches) have floors far above their generic category, and
 * gold priced per piece is compared per gram through the weight the page states. Real prices, used goods at used
 * prices, accessories for those models and plated look-alikes pass. The floors are developer estimates in
 * rules/listing/reference-prices.yaml.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('named flagship models', () => {
  it('are flagged at a fraction of their market price, in either language', () => {
    expect(kinds('Original Apple iPhone 14 Pro 128GB Unlocked Used Grade A\n$52.00 - $60.00/ Piece | 5 Pieces (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：苹果 MacBook Air 13寸 M2 8G 256G 全新\n价格：US$ 88.00 / 台\n最小起订量：1 台')).toEqual(['price_range']);
    expect(kinds('DJI Air 3 Drone Fly More Combo 4K HDR Camera\n$39.00 - $45.00/ Set | 1 Set (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：全新 RTX 4070 12GB 显卡 游戏\n价格：US$ 26.00 - 31.00 / 个\n最小起订量：2 个')).toEqual(['price_range']);
    expect(kinds('Men Dress Watch Swiss Movement Sapphire Crystal 316L Steel\n$6.80 - $8.50/ Piece | 10 Pieces (Min. Order)')).toEqual(['price_range']);
  });

  it('pass at real prices, and their accessories pass at accessory prices', () => {
    expect(kinds('Original Apple iPhone 14 Pro 128GB Unlocked Used Grade A\n$455.00 - $520.00/ Piece | 5 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Shockproof Clear Case for iPhone 15 Pro Max TPU\n$0.35 - $0.52/ Piece | 100 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Hard Shell Laptop Case for MacBook Air 13 inch\n$2.10 - $2.80/ Piece | 50 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：大疆 DJI Mini 4 Pro 螺旋桨 桨叶 4对装\n价格：US$ 3.20 / 套\n最小起订量：10 套')).toEqual([]);
    expect(kinds('Graphics Card Backplate Support Bracket for RTX 4090\n$1.90 - $2.40/ Piece | 20 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Japan Movement Quartz Watch Men Fashion Leather Strap\n$3.20 - $4.10/ Piece | 50 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Foldable Landing Pad for DJI Mini 4 Pro Air 3 Mavic 3 Drone 55cm\n$2.60 - $3.40/ Piece | 10 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Replacement Logic Board for MacBook Pro A1278 Tested\n$38.00 - $45.00/ Piece | 2 Pieces (Min. Order)')).toEqual([]);
  });
});

describe('"a phone for iPhone 14"', () => {
  it('sells the model named after "for" when the words before it are a generic name of it', () => {
    expect(kinds('New Original Unlocked Mobile Phone for iPhone 14 Pro 256GB\n$39.00 - $46.00/ Piece | 1 Piece (Min. Order)')).toEqual(['price_range']);
  });

  it('still reads an accessory "for iPhone 14" as the accessory', () => {
    expect(kinds('Phone Holder for iPhone 14 Car Dashboard Mount\n$0.80 - $1.10/ Piece | 10 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Tempered Glass Phone Screen Protector for iPhone 14\n$0.10 - $0.15/ Piece | 100 Pieces (Min. Order)')).toEqual([]);
  });
});

describe('gold priced per piece', () => {
  it('is compared per gram through the weight the page states', () => {
    expect(kinds('商品名称：足金 999 手镯 女款\n价格：US$ 12.00 - 15.00 / 只\n最小起订量：5 只\n克重：约 8 克')).toEqual(['price_range']);
    expect(kinds('Fine Gold Bar 999.9 50g with Assay Card\n$85.00 - $95.00/ Piece | 1 Piece (Min. Order)')).toEqual(['price_range']);
  });

  it('passes at the value of its metal, and plated look-alikes pass cheap', () => {
    expect(kinds('商品名称：足金 999 手镯 女款\n价格：US$ 560.00 - 620.00 / 只\n最小起订量：1 只\n克重：约 8 克')).toEqual([]);
    expect(kinds('24K Gold Plated Replica Bar 1oz Souvenir Collectible\n$1.20 - $1.60/ Piece | 100 Pieces (Min. Order)')).toEqual([]);
  });

  it('never reads a gross or package weight as the weight of one piece', () => {
    expect(checker.parse('商品名称：18K金 耳钉\n价格：US$ 45.00 / 对\n包装毛重：0.3 kg').itemWeightG).toBeUndefined();
    expect(checker.parse('Title: 14K Gold Chain\nPrice: $180.00 / Piece\nNet weight: 3.2 g').itemWeightG).toBe(3.2);
  });
});

describe('a rep\'s remark above the pasted listing', () => {
  it('is not read as the title: the product below it is', () => {
    expect(checker.parse('客户在询盘里问：这台挖掘机是这个价吗？\n商品名称：全新 三一 SY215 挖掘机 21吨\n价格：US$ 4,000 / 台').title).toContain('SY215');
    expect(checker.parse('buyer asked if this is real lol\nApple MacBook Pro 16 inch M3\n$120.00 / Unit | 1 Unit (Min. Order)').title).toContain('MacBook');
  });
});

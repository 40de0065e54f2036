import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight charged per item', () => {
  it('compares a fee per item with the price of one pair or set', () => {
    expect(kinds('商品名称：纯棉 船袜 男女款\n价格：US$0.30 / 双\n最小起订量：10 双\n运费：自定义运费模板，按件计费，每件 US$45.00')).toContain('shipping');
    expect(kinds('Product name: Silicone Kitchen Utensil Set\nPrice: US $2.40 / set\nMOQ: 5 sets\nShipping: US $49.00 per item, flat worldwide')).toContain('shipping');
  });

  it('reads a second freight column named per unit as the freight of each unit', () => {
    expect(kinds('product_id,title,unit,moq,price_usd,shipping_method,freight_per_piece_usd\n3003,"Silicone Phone Stand Foldable",Piece,3,0.85,Express-B,36.50')).toContain('shipping');
  });

  it('passes a parcel-sized fee per item on goods of that order of price', () => {
    expect(kinds('商品名称：真皮 男士 商务皮鞋\n价格：US$18.00 / 双\n最小起订量：10 双\n运费：按件计费，每件 US$12.00')).toEqual([]);
    expect(kinds('product_id,title,unit,moq,price_usd,shipping_method,freight_per_piece_usd\n3003,"Bluetooth Speaker Portable 20W",Piece,3,14.50,Express-B,9.80')).toEqual([]);
  });
});

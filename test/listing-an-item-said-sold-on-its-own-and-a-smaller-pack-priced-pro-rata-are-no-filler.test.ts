import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a cheap SKU the listing says is sold on its own, or a smaller pack priced in step with its content', () => {
  it('passes an accessory the page or the rep says is really sold alone, with its own minimum', () => {
    expect(kinds('Camping Tent 4 Person 露营帐篷 Waterproof\n$3.20 - $46.00 / Piece | 10 Pieces (Min. Order)\nOption:\n  Tent only 帐篷        $42.00\n  Tent + mat 套装       $46.00\n  Ground stakes only 地钉单买  $3.20\n说明：地钉可单独批发，MOQ 10')).toEqual([]);
    expect(kinds('Dog Harness No Pull Reflective\n$0.90 - $8.50 / Piece | 50 Pieces (Min. Order)\nOption:\n  Harness S-XL  $7.80\n  Harness + leash  $8.50\n  Leash only  $0.90\nNote: leashes can be ordered separately, MOQ 50')).toEqual([]);
    expect(kinds('宠物胸背带 listing 有个 SKU「牵引绳」$0.90，真的有买家单买，起订100条，胸背带本身$7.80')).toEqual([]);
  });

  it('passes a small pack priced at or above the big pack\'s rate per kilogram or litre', () => {
    expect(kinds('【SKU设置】\nProduct: Silicone Sealant 硅酮密封胶\n  25kg pail 桶装   US$ 60.00\n  5kg pail 小桶    US$ 13.50\n  1kg trial pack 试用装   US$ 3.10\nFront-end: US$ 3.10 - 60.00')).toEqual([]);
  });

  it('still flags a give-away or a sample far below its content\'s worth, and a part said not to be sold alone', () => {
    expect(kinds('Dog Harness No Pull Reflective\n$0.90 - $8.50 / Piece | 50 Pieces (Min. Order)\nOption:\n  Harness S-XL  $7.80\n  Harness + leash  $8.50\n  Leash only  $0.90\nNote: leashes are not sold separately')).toContain('sku_filler');
    expect(kinds('【SKU设置】\nProduct: Silicone Sealant 硅酮密封胶\n  25kg pail 桶装   US$ 60.00\n  5kg pail 小桶    US$ 13.50\n  1kg trial pack 试用装   US$ 0.20\nFront-end: US$ 0.20 - 60.00')).toContain('sku_filler');
  });
});

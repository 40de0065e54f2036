import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page may add a full-carton price ("10 - 49 Cartons (40 pcs/carton) $118") under its tiers per piece: a carton costs
 * more than a piece, so read into one ladder the carton looked like a tier far above the rest. Tiers in another pack
 * dearer than every tier per piece are their own price list. A tier in another unit priced below the pieces is still
 * a bait tier.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a full-carton price beside tiers per piece', () => {
  it('is its own price list', () => {
    expect(kinds('Bamboo Fibre Lunch Box 3 Compartments\n$2.70 - $3.10 / Piece | 40 Pieces (Min. Order)\n40 - 399 Pieces  $3.10\n400 - 1599 Pieces  $2.90\n>= 1600 Pieces  $2.70\nFull carton price: 10 - 49 Cartons (40 pcs/carton)  $118.00')).toEqual([]);
    expect(kinds('商品名称：竹纤维饭盒 三格\n阶梯价：\n  40-399 个 US $3.10\n  400-1599 个 US $2.90\n  ≥1600 个 US $2.70\n整箱价：10-49 箱（40个/箱）US $118.00\n最小起订量：40 个')).toEqual([]);
  });

  it('still flags a tier in another unit below the pieces', () => {
    expect(kinds('Bamboo Fibre Lunch Box 3 Compartments\n40 - 399 Pieces  $3.10\n400 - 1599 Pieces  $2.90\n>= 1600 Boxes  $0.03')).toContain('price_ladder');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Two shapes of pasted CSV rows: a ladder written one step per row (a quantity-from and quantity-to column beside the
 * price) is the product's tiers, not its SKUs; and a single row whose product is named over two cells (a make and a
 * model, a capacity and a product type) is known by both, so the market check finds its category.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('one row per ladder step', () => {
  it('reads the rows as tiers and flags a step that collapses', () => {
    const rows = 'item,name,min_qty,max_qty,unit_price\nCB-1,Bamboo Cutting Board Large,50,299,3.60\nCB-1,Bamboo Cutting Board Large,300,1999,3.30\nCB-1,Bamboo Cutting Board Large,2000,,0.33\n';
    expect(kinds(rows)).toEqual(['price_ladder']);
    const zh = '编号,商品名称,起始数量,截止数量,单价\nA9,硅胶折叠水杯 350ml,100,999,1.20\nA9,硅胶折叠水杯 350ml,1000,4999,0.12\nA9,硅胶折叠水杯 350ml,5000,,1.05\n';
    expect(kinds(zh)).toContain('price_ladder');
  });
  it('passes an honest ladder in the same shape, rows in any order', () => {
    const rows = 'item,name,qty_from,qty_to,price\nCB-2,Bamboo Cutting Board Large,2000,,3.05\nCB-2,Bamboo Cutting Board Large,50,299,3.60\nCB-2,Bamboo Cutting Board Large,300,1999,3.30\n';
    expect(kinds(rows)).toEqual([]);
  });
});

describe('a product named over two cells', () => {
  it('is matched to its market category by both cells', () => {
    expect(kinds('brand,model,year,km,price_usd,moq\nMercedes,G63 AMG 4MATIC,2021,21000,3900,1 unit\n')).toContain('price_range');
    expect(kinds('Model,Capacity,Price,Currency,MOQ\nTop Load Washing Machine,8kg,14,USD,1 set\n')).toContain('price_range');
  });
  it('passes market prices for the same rows', () => {
    expect(kinds('brand,model,year,km,price_usd,moq\nMercedes,G63 AMG 4MATIC,2021,21000,148000,1 unit\n')).toEqual([]);
    expect(kinds('Model,Capacity,Price,Currency,MOQ\nTop Load Washing Machine,8kg,135,USD,1 set\n')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A listing pasted as CSV rows (a backend export, a spreadsheet) is read by its header row: a price column and a
 * product or variant column. One product's rows are its SKUs; rows of different products are checked one by one.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('CSV rows of one product', () => {
  it('reads variant rows as SKUs and flags a give-away row that sets the headline price', () => {
    const text = 'item_no,product_name,option,price,unit,moq\nK1,Ceramic Coffee Mug 350ml,White,2.40,Piece,50\nK2,Ceramic Coffee Mug 350ml,Matte black,2.60,Piece,50\nK3,Ceramic Coffee Mug 350ml,Kraft gift box,0.01,Piece,50\n';
    expect(kinds(text)).toContain('sku_filler');
  });

  it('reads semicolon and tab cells, quoted cells with commas, and a yuan price column', () => {
    const semi = '商品名称;规格;单价(元);单位;起订量\n"保温杯, 316不锈钢";500ml;35;个;20\n"保温杯, 316不锈钢";750ml;42;个;20\n"保温杯, 316不锈钢";贺卡;0.1;个;20\n';
    expect(kinds(semi)).toContain('sku_filler');
    const tab = 'Title\tVariant\tPrice USD\tUnit\tMOQ\nCanvas Tote Bag\tNatural\t1.30\tPiece\t100\nCanvas Tote Bag\tBlack\t1.45\tPiece\t100\n';
    expect(kinds(tab)).toEqual([]);
    expect(checker.parse(tab).skus.map((s) => s.price.value)).toEqual([1.3, 1.45]);
  });

  it('flags a bait price range written as min and max columns', () => {
    const text = 'name,price_min,price_max,unit,moq\n"Hydraulic Press Brake 100T 3200mm",1,88888,Set,1\n';
    expect(kinds(text)).toContain('price_range');
  });

  it('flags freight in a shipping column far above the goods it ships', () => {
    const text = 'Product,Price,Unit,MOQ,Freight\n"Yoga Mat TPE 6mm",0.8,Piece,2,"US$960 per order"\n';
    expect(kinds(text)).toContain('shipping');
  });
});

describe('CSV rows of different products', () => {
  it('checks each product on its own, so cheap and dear goods side by side are no filler', () => {
    const text = '品名,单价USD,单位,起订量\n"一次性竹筷 独立包装",0.008,双,20000\n"不锈钢汤勺 加厚",0.35,个,500\n"陶瓷汤碗 6寸",1.60,个,200\n';
    const r = checker.check(text);
    expect(r.findings).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/3/);
  });

  it('does not read an ordinary title with commas as a table', () => {
    const text = 'Women Dress, Summer, Floral, Casual\nUS$4.20 - 5.10 / Piece\n2 Pieces (Min. Order)';
    expect(checker.parse(text).headline?.min.value).toBe(4.2);
  });
});

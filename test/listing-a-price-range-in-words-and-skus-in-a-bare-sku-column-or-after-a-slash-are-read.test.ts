import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price range written in words', () => {
  it('reads "from one cent up to N dollars" and "低至一分钱起，最高N美元" as the headline range', () => {
    const en = (price: string) => `Product name: Silicone Baby Bib Waterproof\nPrice: ${price}\nMOQ: 200 piece\nDescription: price varies by configuration`;
    expect(checker.parse(en('from just one cent up to 6 dollars')).headline?.min.value).toBe(0.01);
    expect(kinds(en('from just one cent up to 6 dollars'))).toContain('price_range');
    expect(kinds(en('starting at 2 cents up to $9'))).toContain('price_range');
    expect(kinds('家用破壁料理机。低至一分钱起，最高85美元。MOQ 20 台。不同配置价格不同')).toContain('price_range');
    // A narrow range in words is an honest range.
    expect(kinds(en('from $2.50 up to $3.20 depending on size'))).toEqual([]);
    // A range of order values for free shipping is no price.
    expect(checker.parse('Product name: Bamboo Board\nPrice: US $2.80 / piece\nMOQ: 100 piece\nShipping: free shipping on orders from $50 up to $100').headline?.max).toBeUndefined();
  });
});

describe('SKUs the page lists in a bare SKU column or after a slash', () => {
  it('reads a CSV "SKU" column of name=price options as the SKUs, so a token SKU is sku_filler', () => {
    const csv = (filler: string) => `product_name,price,moq,sku\nCordless Vacuum Cleaner 25kPa,$${filler} - $139.00,20 unit,Pro=$139.00|Plus=$118.40|${filler === '0.1' ? 'Deposit' : 'Lite'}=$${filler}|Basic=$99.90`;
    expect(checker.parse(csv('0.1')).skus).toHaveLength(4);
    expect(kinds(csv('0.1'))).toEqual(['sku_filler']);
    expect(kinds(csv('92.5'))).toEqual([]);
    // The headline below every option the column lists: the range starts at nothing sold.
    expect(kinds('商品名称,价格,起订量,SKU\n智能手表 1.96寸 蓝牙通话,US $0.2 - $19.80 / 个,100 个,黑色=$16.50|银色=$19.80')).toContain('price_range');
  });

  it('reads the options after "/ 规格/options:" in a one-line listing', () => {
    const line = '5匹 变频 柜式空调 / $0.01 - $860.00 / MOQ 10 套 / 规格/options: 感谢卡 $0.01, 升级款 $799.00, 标准款 $860.00, 豪华款 $845.00';
    expect(checker.parse(line).skus.map((x) => x.name)).toContain('感谢卡');
    expect(kinds(line)).toContain('sku_filler');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 38 (issue 15, misses): a rep's own message admitting the value shown is not real, in wordings admissions.yaml did
 * not know: a tier nobody buys in the thousands ("no one ever orders 50k"), a SKU there to make the price start at a cent,
 * to "show低价" or that is "实际不卖", a low price "冲一下排名" or "为了search排序", a price the order is modified to carry the
 * freight, free shipping "其实只有样品包邮". The same words vouching for the value, or a plain question, keep their verdict.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('admissions in new wordings', () => {
  it('a ladder tier in the thousands nobody orders', () => {
    expect(kinds('the ladder on our door stoppers: 200+ 0.85, 2000+ 0.80, 50000+ 0.02 - no one ever orders 50k so it is harmless?')).toContain('price_ladder');
  });
  it('a tier added for the search sort (mixed)', () => {
    expect(kinds('yoga mat 的 ladder 我加了个 tier 20000+ 只要 $0.30，平时 $5，就是为了 search 排序')).toContain('price_ladder');
  });
  it('a SKU so the price starts at a cent', () => {
    expect(kinds('we put a "swatch card" option at $0.01 on the velvet listing so the price starts at one cent, real velvet is 4.1/m')).toContain('sku_filler');
  });
  it('a SKU that is never shipped, only to show a low price', () => {
    expect(kinds('水杯链接加了个"杯盖" SKU $0.02，买家拍了我们也不发，就是show低价')).toContain('sku_filler');
  });
  it('a low price to push the ranking', () => {
    expect(kinds('别家 400W 逆变器都挂 $60 左右，我们挂 $9 冲一下排名，询盘来了再报价')).toContain('price_range');
  });
  it('freight put into a modified price after a $0 template', () => {
    expect(kinds('car seat cushion 运费模板设成 $0，下了 order 我们再 modify price 把 freight 加上')).toContain('shipping');
  });
  it('free shipping that really covers samples only', () => {
    expect(kinds('货架页面写了"包邮"，其实只有样品包邮，大货运费都另外算')).toContain('shipping');
  });
});

describe('near-misses keep their verdict', () => {
  it('nobody orders a small quantity (a reason for the MOQ, no bait tier)', () => {
    expect(kinds('door stoppers: 200+ $0.85, 2000+ $0.80, 10000+ $0.76. nobody orders 1 piece of these, so MOQ is 200')).not.toContain('price_ladder');
  });
  it('a SKU that is really sold', () => {
    expect(kinds('水杯链接有个"杯盖" SKU $0.60，是真的有人买，单独发货')).toEqual([]);
  });
  it('free shipping on every order, stated plainly', () => {
    expect(kinds('货架页面写了包邮，美国全境包邮，不会另外收运费')).not.toContain('shipping');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a real minimum said in passing beside an MOQ of one or two', () => {
  it('flags an MOQ far below the quantity production starts at or the rep says orders really start at', () => {
    expect(kinds('商品名称：定制印刷 纸杯 12oz\n价格：US $0.03 - $0.06 / 个\n起订量：1 个\n备注：全部按单生产，开机量 30,000 个')).toContain('moq');
    expect(kinds('商品名称：定制印刷 纸杯 12oz\n价格：US $0.03 - $0.06 / 个\n起订量：2 个\n备注：起产量 20,000个')).toContain('moq');
    expect(kinds('帮看下这个：Acacia Wood Serving Board 40cm\nprice US $3.20 - $4.10/piece，MOQ 1 piece。\n起订写1是为了曝光，其实要 300 件以上')).toContain('moq');
  });

  it('passes an MOQ that matches the production start, and other figures said to be real', () => {
    expect(kinds('商品名称：定制印刷 纸杯 12oz\n价格：US $0.03 - $0.06 / 个\n起订量：20,000 个\n备注：起产量 20,000个')).toEqual([]);
    expect(kinds('商品名称：相思木 砧板 40cm\n价格：US $3.20 - $4.10 / 个\n起订量：2 个\n备注：实际重量约 1.2 公斤')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "定制（可选）：" opens the customisation block as "定制：" does, so its priced rows ("定制彩盒  $0.15/个，起订 5000",
 * "新开模 $2,500/套") are fees, not SKUs; "阶梯：≥50000 个 每款减 $0.005" takes an amount off each SKU and is no SKU.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('customisation rows and a tier discount', () => {
  it('rows under an optional customisation heading are fees', () => {
    expect(kinds('产品标题：空 口红管 铝管 化妆品 包材\n单位：支\n起订量：3000 支\n价格：3000-9999 $0.40；≥10000 $0.35\n定制（可选）：\n  丝印 logo  +$0.02/色\n  定制彩盒  $0.12/个，起订 5000\n  新开模 $1,800/套\n样品：免费 5 支')).toEqual([]);
  });
  it('a discount taken off each SKU is no SKU', () => {
    expect(kinds('商品名称：PET 喷瓶 分装瓶\n计量单位：个\n最小起订量：5000 个\nSKU 规格与价格：\n30ml 透明\t$0.07\n50ml 透明\t$0.09\n100ml 透明\t$0.12\n阶梯：≥50000 个 每款减 $0.005\n运费：海运拼箱')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Backend freight settings the parser did not read: a list of shipping methods ("物流方式设置：", "Shipping methods:") whose
 * only open method charges per piece, a named template with no colon ("运费模板「偏远-全球」") over its rate rows, and a
 * fixed fee for each unit ("每双固定运费 US $4.50"). Read as shipping, their fees against penny goods are low price with
 * high freight; the same settings at a normal fee for the goods pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a shipping-method list', () => {
  it('whose only method charges far above the goods is flagged', () => {
    expect(kinds('商品名称：LED Keychain Flashlight Mini\n单价：US $0.45 /个   包装后重量 0.03kg\n物流方式设置：\n  平邮小包\t已关闭\n  DHL 快递（唯一可选）\tUS $48.00 /个')).toContain('shipping');
    expect(kinds('Mini LED Keychain Flashlight\nPrice: US $0.45 / Piece\nShipping methods:\n  Economy mail\tclosed\n  DHL Express (only option)\tUS $48.00 / piece')).toContain('shipping');
  });

  it('at a normal fee passes', () => {
    expect(kinds('商品名称：LED Keychain Flashlight Mini\n单价：US $0.45 /个   包装后重量 0.03kg\n最小起订量：100 个\n物流方式设置：\n  平邮小包\tUS $6.00\n  DHL 快递\tUS $24.00')).toEqual([]);
  });
});

describe('a named template without a colon', () => {
  it('over rows far above the goods is flagged', () => {
    expect(kinds('商品名称：USB Soil Moisture Sensor\n单价：US $0.90 /件   重量 0.1kg\n运费模板「全球-偏远」\n  美国\t首重0.5kg US $75\t续重 $35\n  英国\t首重0.5kg US $75\t续重 $35')).toContain('shipping');
  });

  it('over rows for heavy goods passes', () => {
    expect(kinds('商品名称：家用电烤箱 30L\n单价：US $24.00 /台    最小起订量：1 台\n包装后重量：7.8 kg\n运费模板「小家电-国际快递」\n 美国\t首重0.5kg $9.0\t续重0.5kg $2.6\n 巴西\t首重0.5kg $19\t续重0.5kg $5.8\n（巴西整单预估 $104）')).toEqual([]);
  });
});

describe('a fixed fee for each unit', () => {
  it('on penny goods is flagged', () => {
    expect(kinds('商品名称：Women Nylon Ankle Socks\n单价：US $0.04 /双\n最小起订量：24 双\n运费设置：每双固定运费 US $3.80（不分数量）')).toContain('shipping');
  });

  it('in line with the goods passes', () => {
    expect(kinds('商品名称：Women Wool Hiking Socks\n单价：US $2.60 /双\n最小起订量：24 双\n运费设置：每双固定运费 US $0.60（不分数量）')).toEqual([]);
  });
});

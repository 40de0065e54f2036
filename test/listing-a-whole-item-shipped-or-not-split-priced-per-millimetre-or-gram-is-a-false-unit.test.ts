import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form that prices a tube per 毫米 or a wig per 克 while its note says the goods go out whole ("整支出售",
 * "整顶发货，不拆卖"): the price is per no unit a buyer can order. A price per metre of cut-to-length goods passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('goods sold whole but priced per a small measure', () => {
  it('a tube priced per millimetre and sold by the whole length', () => {
    expect(kinds('商品名称：304 不锈钢 圆管 焊管 Φ32 装饰管 6米/支\n计量单位：毫米\n最小起订量：6000 毫米\n价格：US $0.0028 / 毫米\n备注：定尺整支出售\n运费：海运拼箱')).toContain('price_unit');
  });
  it('a wig priced per gram that ships whole and is not split', () => {
    expect(kinds('商品名称：人发头套 直发 20寸\n计量单位：克\n最小起订量：300 克\n阶梯价：\n300-999 克\tUS $0.90\n≥1000 克\tUS $0.85\n备注：整顶发货，不拆卖；约250克/顶\n运费模板：首重0.5kg $16')).toContain('price_unit');
  });
  it('chain sold by the gram and cut to any length passes', () => {
    expect(kinds('商品名称：925 银 散链 按克计价\n计量单位：克\n最小起订量：100 克\n阶梯价：100-499 克 $0.95 / ≥500 克 $0.90\n备注：可按米裁剪')).not.toContain('price_unit');
  });
});

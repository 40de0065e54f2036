import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight shown as in the price or free, charged otherwise after the order or the deposit', () => {
  it('flags freight included by the page (CIF, 含运费) with a surcharge added after the order or the deposit', () => {
    expect(kinds('大豆油报价页面写的CFR到港含运费，买家下单后我们再说船期紧每柜加收2500美金')).toContain('shipping');
    expect(kinds('【运费模板】\n模板名称：瓷砖-CIF\n运费：已包含在单价中（CIF）\n内部备注：客户付了定金后统一通知"旺季附加费" 每柜 $1,800')).toContain('shipping');
    expect(kinds('our tile page says CIF, freight included. After the buyer pays the deposit we add a peak season surcharge of $1,500 per container')).toContain('shipping');
  });

  it('flags a zero template fee whose remark re-quotes freight after payment, or refuses the terms shown', () => {
    expect(kinds('[Shipping Template]\nTemplate: Pump-EU\nMode: per unit, First unit US$ 0.00, Each additional US$ 0.00\nRemark: real freight re-quoted after payment (usually $90/unit)')).toContain('shipping');
    expect(kinds('【Shipping Template 运费模板】\nName: Tile-FOB\nDisplay: Shipping US$ 0 (FOB, buyer arranges)\nRemark 备注: 其实我们不接受FOB，一律用我们指定货代，运费另报')).toContain('shipping');
  });

  it('passes freight included in a CIF price with nothing added, and a FOB template the seller keeps', () => {
    expect(kinds('大豆油报价页面写的CFR到港含运费，US$ 1,450/吨，下单后不会再加任何费用')).toEqual([]);
    expect(kinds('【Shipping Template 运费模板】\nName: Tile-FOB\nDisplay: Shipping US$ 0 (FOB, buyer arranges)\nRemark 备注: 买家自己订船，我们送到宁波港')).toEqual([]);
  });
});

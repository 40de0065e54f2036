import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Curtain or sofa fabric by the roll (窗帘布, 遮光布, 沙发布) is cloth, sold by the metre like any fabric: the 窗帘 (curtain)
 * or 沙发 (sofa) in its name made it goods sold by the piece, and its price per metre a unit cut down (products.yaml bulk).
 * A finished curtain priced per centimetre is still a false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('curtain or sofa fabric by the metre', () => {
  it('is cloth, priced in its trade unit', () => {
    expect(kinds('首页 > 所有行业 > 纺织 > 窗帘面料\n高精密遮光窗帘布 300cm 宽幅 涤纶\nUS $1.60 - $2.10/米 | 500 米(最小起订量)')).toEqual([]);
    expect(kinds('产品名称：科技布沙发布 防水 耐磨\n计量单位：米\n价格设置：区间价：$2.30 - $2.90/米\n最小起订量：300')).toEqual([]);
  });

  it('leaves a finished curtain per centimetre flagged', () => {
    expect(kinds('首页 > 所有行业 > 家居 > 窗帘\n成品遮光窗帘 挂钩式 卧室 2.5米高\nUS $0.02 - $0.03/厘米 | 100 厘米(最小起订量)')).toContain('price_unit');
  });
});

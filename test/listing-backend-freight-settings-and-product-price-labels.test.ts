import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Backend forms name their fields in more than one way: the freight template may sit under "运费设置：" or "邮费设置："
 * with its rate lines below, and the price under "产品价格：" or "商品单价：". Each is read like its usual label, so
 * freight far above the goods is found whatever the form calls the fields.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a backend form with "运费设置" and "产品价格" labels', () => {
  it('reads the rate lines and the price, and flags freight far above the goods', () => {
    expect(kinds('商品名称：硅胶 厨房 铲子 耐高温\n运费设置：自定义运费模板\n  英国 首件 US $420，续件 US $25\n商品单价：US $1.80 / 个\n最小起订量：1 个')).toContain('shipping');
  });

  it('passes fair freight under the same labels', () => {
    expect(kinds('商品名称：硅胶 厨房 铲子 耐高温\n运费设置：自定义运费模板\n  英国 首件 US $6，续件 US $1\n产品价格：US $1.80 / 个\n最小起订量：1 个')).toEqual([]);
  });

  it('reads "产品价格" as the price', () => {
    expect(checker.parse('商品名称：硅胶 铲子\n产品价格：US $1.80 / 个\n最小起订量：1 个').headline?.min.usd).toBeCloseTo(1.8);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form pasted into a chat box can lose its line breaks; the short labels ("价格:", "起订:", "运费模板:")
 * must still start fields, but not inside a sentence ("实际价格:").
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a one-line backend paste with short labels', () => {
  it('reads price, MOQ and the freight template', () => {
    const text = '商品名称：收纳箱 塑料 大号 价格：$2.60/个 起订：2 个 运费模板：$420.00 重量：1.2kg/个';
    const p = checker.parse(text);
    expect(p.headline?.min.value).toBe(2.6);
    expect(p.moq?.qty).toBe(2);
    expect(kinds(text)).toContain('shipping');
  });

  it('gives the same verdict as the form with its line breaks', () => {
    const lines = '商品名称：不锈钢餐具 四件套\n价格：$3.10/套\n起订量：200 套\n运费：$35.00';
    expect(checker.check(lines.replace(/\n/g, ' ')).verdict).toBe(checker.check(lines).verdict);
    expect(checker.check(lines).verdict).toBe('ok');
  });

  it('does not cut "实际价格:" out of its sentence', () => {
    const p = checker.parse('商品名称：真丝围巾 价格：$0.90/条 起订量：10 条 备注：页面价格仅供参考 实际价格: $12.00/条');
    expect(p.priceClaims.map((m) => m.value)).toEqual([12]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a real minimum in more refusals and production words', () => {
  const fan = (moq: string, note: string) => `Product name: USB Desk Fan 6 Inch\nPrice: $2.15\nMOQ: ${moq}\nDescription: ${note}`;

  it('reads "cannot accept orders under N", "orders less than a full pallet (N pcs) are not accepted"', () => {
    expect(kinds(fan('2 pieces', 'Please note we cannot accept orders under 3000 pcs'))).toContain('moq');
    expect(kinds(fan('2 pieces', 'Orders less than a full pallet (2400 pcs) are not accepted'))).toContain('moq');
    expect(kinds(fan('3000 pieces', 'Please note we cannot accept orders under 3000 pcs'))).toEqual([]);
  });

  it('reads "produced in batches of N", "all orders start at N" and "一次开机最少生产N", but not where a bulk price starts', () => {
    expect(kinds(fan('1 piece', 'the factory only produces in batches of 8,000 pcs'))).toContain('moq');
    expect(kinds(fan('1 piece', 'all orders start at 2000 pcs'))).toContain('moq');
    expect(kinds('商品名称：USB 桌面风扇 6寸\n价格：$2.15\n起订量：2个\n备注：工厂一次开机最少生产八千个')).toContain('moq');
    expect(kinds(fan('100 pieces', 'bulk orders start at 1000 pcs for the best price'))).toEqual([]);
    expect(kinds(fan('8000 pieces', 'the factory only produces in batches of 8,000 pcs'))).toEqual([]);
  });
});

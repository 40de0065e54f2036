import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Market price (the briefing's first clause) for goods whose price follows a rating in the title: a 10 kWh battery
 * or a 5 kW inverter at the price of a toy is far from the market even when its tiers are consistent.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const battery = (price: string) => `48V 200Ah LiFePO4 Wall Mounted Battery 10kWh\nUS$${price}\n1 - 9 pieces\nMin. order: 1 piece`;

describe('reference prices scaled by the rating in the title', () => {
  it('flags a 10 kWh battery priced like a 1 kWh one, and passes it at a market price', () => {
    expect(kinds(battery('61.00'))).toEqual(['price_range']);
    expect(checker.check(battery('61.00')).findings[0]!.detail).toMatch(/10 kWh/);
    expect(kinds(battery('1,350.00'))).toEqual([]);
  });

  it('scales a Chinese-titled inverter by its kW, and falls back to the plain range without a rating', () => {
    const inverter = (title: string, price: string) => `商品名称：${title}\n最小起订量：2 件\n价格区间：US $${price}`;
    expect(kinds(inverter('5kW混合离网太阳能逆变器 MPPT', '30.91'))).toEqual(['price_range']);
    expect(kinds(inverter('5kW混合离网太阳能逆变器 MPPT', '520.00'))).toEqual([]);
    expect(kinds(inverter('混合离网太阳能逆变器 MPPT', '30.91'))).toEqual([]);
  });

  it('does not apply a battery range to a battery accessory', () => {
    expect(kinds('LiFePO4 10kWh Battery Mounting Bracket\nUS$6.00\n1 - 9 pieces\nMin. order: 1 piece')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ in packs whose content in the unit priced the page gives', () => {
  it('passes a price per kilogram or metre with the MOQ in cartons or rolls of a stated content', () => {
    expect(kinds('商品名称：氯化钙 片状 74% 工业级\n价格：US $0.16 - $0.22 / 公斤\n起订量：2 箱\n备注：每箱 1,000 公斤（吨袋），按整箱下单')).toEqual([]);
    expect(kinds('Product name: Calcium Chloride Flakes 74% Industrial Grade\nPrice: US $0.16 - $0.22 / kg\nMOQ: 2 cartons\nRemarks: carton: 1,000 kg, order by full carton')).toEqual([]);
  });

  it('still flags the MOQ in packs when the page never says what a pack holds', () => {
    expect(kinds('商品名称：氯化钙 片状 74% 工业级\n价格：US $0.16 - $0.22 / 公斤\n起订量：2 箱')).not.toEqual([]);
  });
});

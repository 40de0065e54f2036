import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A container MOQ written as a count with its measure word before the container's size ("1 个 40尺冷柜（约 26 吨）") or as
 * a full container load ("MOQ 1x40FCL (26 MT)") is one container, with the goods' quantity in brackets: not one piece of
 * goods priced per kilogram, nor an MOQ of 1 beside a second one of 26 tons. A bare "1 个" on goods priced per kilogram
 * still says nothing a buyer can order.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a container MOQ', () => {
  it('reads a Chinese count of reefers with its measure word as a container, and the tons in brackets as the MOQ', () => {
    const t = '商品名称：冷冻鱿鱼圈 出口级 1kg/袋\n价格：US$ 3.10 - 3.60 / 公斤\n最小起订量：1 个 40尺冷藏柜（约 26 吨）\n运费：CIF 报价';
    expect(checker.parse(t).moq).toMatchObject({ qty: 26, unit: { id: 'ton' } });
    expect(kinds(t)).toEqual([]);
  });

  it('reads a full container load named by its size as a container', () => {
    const t = 'Frozen Chicken Paws Grade A, $1,150/MT CIF, MOQ 1x40FCL (26 MT). That is our real quote. Will "MOQ 26 tons" look odd?';
    expect(kinds(t)).toEqual([]);
  });

  it('still flags one piece of goods priced per kilogram', () => {
    // (a title saying what one item holds, "1kg/袋", converts the piece to kilograms: round 40's reconciled units; bare
    // here, the piece says nothing a buyer can order)
    expect(kinds('商品名称：冷冻鱿鱼圈 出口级\n价格：US$ 3.10 - 3.60 / 公斤\n最小起订量：1 个\n运费：CIF 报价')).not.toEqual([]);
  });
});

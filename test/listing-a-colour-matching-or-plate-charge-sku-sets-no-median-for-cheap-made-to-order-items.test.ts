import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Cheap made-to-order items (woven labels, printed stickers at cents each) listed beside one-off charges (a plate fee,
 * Pantone colour matching, 调色费) were measured against the charges' dollars: the items read as filler at 0.2% of a
 * "median" that was a fee, and the colour matching as a SKU 300× the items. A one-off charge (sku.yaml setupCharges) is
 * no item, so the items are measured against each other; a blank or token-priced item among them is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const page = (rows: string) =>
  `Custom Printed Kraft Paper Hang Tags with String\nUS $0.031 - $25.00/Piece | 2,000 Pieces(Min. Order)\nStyle:\n${rows}\nLead Time: 12 days`;

describe('one-off charges beside cheap made-to-order items', () => {
  it('set no median for the items (en, zh)', () => {
    expect(kinds(page('\t2-colour print\t$0.031\t-\t0\t+\n\tFull colour print\t$0.038\t-\t0\t+\n\tPantone colour matching\t$12.00\t-\t0\t+\n\tPlate fee (one-time)\t$25.00\t-\t0\t+'))).toEqual([]);
    expect(kinds('产品名称：定制吊牌 牛皮纸 印刷\n计量单位：个\n价格设置：区间价：$0.031 - $25.00/个\n最小起订量：2000\nSKU属性：单色印刷 $0.031 | 四色印刷 $0.038 | 调色费 $12.00 | 制版费 $25.00')).toEqual([]);
  });

  it('still flag a blank item at a token price among them', () => {
    expect(kinds(page('\t2-colour print\t$0.031\t-\t0\t+\n\tFull colour print\t$0.038\t-\t0\t+\n\tPlate fee (one-time)\t$25.00\t-\t0\t+\n\tBlank tag (no print)\t$0.0001\t-\t0\t+'))).toContain('sku_filler');
  });
});

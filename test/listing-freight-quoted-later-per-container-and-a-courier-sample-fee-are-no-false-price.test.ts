import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The listing's own side lines that explain what looks odd (issue 15, round 40):
 * - a freight template that says sea or air freight is quoted after the order shows no freight, so nothing shown is false;
 *   free shipping shown and freight added after the order is still a false freight.
 * - a freight per container whose content the line gives in brackets ("US$ 3,100 / 40HQ（约 1,200 只）") ships that many
 *   pieces: it is compared with their value, not with one piece's.
 * - one sample piece sent by courier costs a flat fee on penny goods ($25 beside a $0.30 jar): no sign the price is false;
 *   a sample at many times more than such a fee still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('side lines that explain the freight and the sample', () => {
  it('reads freight quoted after the order as no freight shown', () => {
    expect(kinds('【商品编辑】\n商品名称：陶瓷马克杯 350ml 白色\n价格设置：区间价 US$0.85 - 1.20\n计量单位：个   最小起订量：1000\n运费模板：海运/空运 下单后报价')).toEqual([]);
    expect(kinds('【商品编辑】\n商品名称：陶瓷马克杯 350ml 白色\n价格设置：区间价 US$0.85 - 1.20\n计量单位：个   最小起订量：1000\n运费模板：包邮，下单后再补运费')).toContain('shipping');
  });

  it('compares a freight per container with the pieces it ships', () => {
    expect(kinds('商品名称：铅酸蓄电池 12V 100Ah\n价格：US$ 68.00 / 个\n运费模板：海运整柜 US$ 3,100 / 40HQ（约 1,200 只）')).toEqual([]);
  });

  it('takes a courier sample fee on penny goods as a flat fee', () => {
    expect(kinds('Amber Glass Cosmetic Jar 50g with Black Lid\n$0.24 - $0.31 / Piece | 5000 Pieces (Min. Order)\nSamples: $28.00/Piece | 1 Piece (Min. Order)  Buy Samples')).toEqual([]);
    expect(kinds('Amber Glass Cosmetic Jar 50g with Black Lid\n$0.24 - $0.31 / Piece | 5000 Pieces (Min. Order)\nSamples: $95.00/Piece | 1 Piece (Min. Order)  Buy Samples')).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ the description states in other words', () => {
  it('reads "minimum project size is N" and "production MOQ N" against a Min. Order of one', () => {
    expect(kinds('Steel Grating Platform Galvanized Walkway\n$18.00 - $26.00/ Square Meter | 1 Square Meter/Square Meters(Min. Order)\nNote: minimum project size is 300 square meters.')).toContain('moq');
    expect(kinds('Knitted Beanie Custom Jacquard\nUS $1.60 - 2.40 / Piece | 1 Piece (Min. Order)\nRemark: bulk production MOQ 1200 pieces per design')).toContain('moq');
  });

  it('reads "单项目 3 台起订" and "每款 500 件起" in a Chinese description', () => {
    expect(kinds('商品名称：全自动 灌装机 液体 定量\n价格：US $5,800 / 台\n最小起订量：1 台\n描述：非标定制，单项目 5 台起订。')).toContain('moq');
    expect(kinds('商品名称：女士 羊毛 大衣 双面呢\n价格：US $38 / 件\n最小起订量：2 件\n说明：每款 500 件起，可混色。')).toContain('moq');
  });

  it('passes a description whose stated minimum agrees with the Min. Order field', () => {
    expect(kinds('商品名称：女士 羊毛 大衣 双面呢\n价格：US $38 / 件\n最小起订量：300 件\n说明：每款 300 件起，可混色。')).toEqual([]);
  });
});

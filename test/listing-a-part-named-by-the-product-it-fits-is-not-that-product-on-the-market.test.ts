import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The market reference is the goods' own, not that of the product they fit or a word they share (issue 15, round 40):
 * a phone's LCD or back glass "适用 iPhone" is no phone; a TV backlight strip no television; plasterboard screws are
 * fasteners, not plasterboard; 小号 before a hair clip says "small size", not "trumpet"; a kids' pocket drone is a toy
 * drone; a price per 副 of sunglasses is one pair of glasses. An OLED screen for a flagship phone at a few dollars is
 * still far below its own market.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the reference of a part or a look-alike word', () => {
  it('is not the host product', () => {
    expect(kinds('商品名称：手机液晶屏 适用红米Note 9 原装\n价格设置：阶梯价\n  10-49 件     US$9.80\n  ≥50 件       US$9.20\n最小起订量：10')).toEqual([]);
    expect(kinds('Bias Lighting USB LED Strip TV Backlight 3m RGB\n$1.90 / Set | 20 Sets (Min. Order)')).toEqual([]);
    expect(kinds('镀锌 石膏板螺丝 干壁钉 3.5*25\nUS $1.20 / 千克 | 500 千克（起订量）')).toEqual([]);
    expect(kinds('【商品名称】小号 发夹 金属 1.8cm 儿童\n【价格】US$0.02 / 个\n【起订量】10000 个')).toEqual([]);
    expect(kinds('Mini Pocket Drone Toy 2.4G Headless Mode, No Camera\n$4.10 - $4.90 / Piece | 48 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：广告墨镜 塑料 可印logo\n价格：US$ 0.35 - 0.45 / 副\n最小起订量：1000 副')).toEqual([]);
  });

  it('still flags a flagship OLED screen at a few dollars', () => {
    expect(kinds('Original OLED Screen Assembly for iPhone 13 Pro\n$2.90 - $3.80 / Piece | 5 Pieces (Min. Order)')).toContain('price_range');
  });
});

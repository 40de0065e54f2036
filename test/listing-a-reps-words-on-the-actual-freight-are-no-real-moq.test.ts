import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says the MOQ of 1 is real and that the freight is charged "at the actual cost" ("运费按实际UPS算，…要三百多刀",
 * "shipping is charged at actual DHL cost, … around 400 dollars"): the "actual" there is said of the freight, and the figure
 * after it is what the freight costs, not a real minimum order (round 44: read as a real MOQ of 200). A real minimum stated
 * beside a freight note is still read.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("a rep's words on the actual freight are no real MOQ", () => {
  it.each([
    '储能电池我们挂的是1台起订，有现货，真的1台也发。运费按实际UPS算，100度那款运费要三百多刀，因为重',
    '按摩椅起订量1张是真的，现货单张也发，运费实际按快递算，一张大概一百五十刀',
    '空压机我们写的起订量是1台，真的单台也卖，运费按实际物流费算的，大的那款运费要五百多美金',
  ])('passes (zh): %s', (t) => {
    expect(kinds(t)).not.toContain('moq');
  });

  it.each([
    'our MOQ on the treadmill is 1 unit and we really ship singles. shipping is charged at actual DHL cost, for the 120kg model its around 400 dollars',
    'MOQ 1 set on the sofa is real, we do sell single sets, freight is actual courier cost, roughly 350 usd for the 3-seater',
    'the MOQ of 1 piece on our kiln is genuine. freight is whatever the actual logistics fee is, usually 900 to 1200 for sea',
  ])('passes (en): %s', (t) => {
    expect(kinds(t)).not.toContain('moq');
  });

  it('still reads a real minimum stated beside a freight note', () => {
    expect(kinds('MOQ 写1件，其实最少500件起发，运费另算')).toContain('moq');
    expect(kinds('listing says MOQ 1 piece but actually we only ship 2000 pcs and up, shipping extra')).toContain('moq');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe('measures of one piece and counts of containers', () => {
  it('reads "0.72 m2/pc" beside a price per square metre as the size of one slab, not a unit cut down', () => {
    const text = 'Sintered Stone Wall Panel 1200x600 Marble Look,0.72 m2/pc,2 pcs/ctn,USD 9.80/m2,MOQ 300 m2,FOB Foshan';
    expect(checker.parse(text).fractionalUnit).toBeUndefined();
    expect(checker.check(text).verdict).toBe('ok');
  });

  it('still reads a price quoted per 0.01 square metre as a unit cut down', () => {
    const p = checker.parse(['Artificial Grass Turf 30mm Landscape', 'Price unit: 0.01 m2', '$0.09 / unit | 50000 units (Min. Order)'].join('\n'));
    expect(p.fractionalUnit).toBe('0.01 m2');
  });

  it('takes the MOQ of a full-container order from the pieces it holds, not the count of containers', () => {
    const text = 'Melamine Faced MDF Board 18mm 1220x2440 Warm White,USD 16.20/sheet,MOQ 1x40HQ (about 900 sheets),FOB Qingdao';
    expect(checker.parse(text).moq?.qty).toBe(900);
    expect(checker.check(text).findings.map((f) => f.kind)).not.toContain('moq');
  });
});

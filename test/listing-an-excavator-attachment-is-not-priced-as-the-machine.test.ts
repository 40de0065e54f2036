import { describe, expect, it } from 'vitest';
import { createListingChecker, loadListingRules } from '../src/listing/index.js';

const rules = loadListingRules();
const checker = createListingChecker();

describe('market reference for machines and what they carry', () => {
  it('prices a bucket or breaker made for an excavator as an attachment, not as an excavator', () => {
    expect(rules.referenceFor!('Heavy Duty Rock Bucket for CAT336 Excavator 2.0 cbm')?.id).toBe('excavator-attachment');
    expect(rules.referenceFor!('Excavator Hydraulic Breaker Hammer SB81 for 20t machines')?.id).not.toMatch(/^excavator(?:-by|$)/);
    const text = ['Excavator Bucket for ZX200 Standard 1.2m3 Wear Resistant', 'US$ 980.00 - US$ 1,150.00 / Piece | 1 Piece (Min. Order)', 'Weight: 900kg'].join('\n');
    expect(checker.check(text).verdict).toBe('ok');
  });

  it('still prices an excavator that comes with a bucket as the machine', () => {
    expect(rules.referenceFor!('22 Ton Crawler Excavator with 1.1m3 Bucket')?.id).toMatch(/^excavator-by-tonnage/);
    const text = ['22 Ton Crawler Excavator with 1.1m3 Bucket', 'US$ 1,380.00 - US$ 1,460.00 / Unit | 1 Unit (Min. Order)'].join('\n');
    expect(checker.check(text).findings.map((f) => f.kind)).toContain('price_range');
  });

  it('keeps a with-part that only qualifies the product ("Drone with GPS") in the choice of category', () => {
    expect(rules.referenceFor!('Folding 4K Drone with GPS and Brushless Motors')?.id).toBe('gps-camera-drone');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/** A category path above the title ("Sports > Fitness > Yoga Mats", "首页 > 家居 > 床品") is not the product's title. */
const checker = createListingChecker();

describe('a category path above the title', () => {
  it('is skipped for the real title', () => {
    expect(checker.parse('Sports & Entertainment > Fitness > Yoga Mats\nTPE Yoga Mat 6mm Non Slip\n$5.20 / Piece | 50 Pieces (Min. Order)').title).toBe('TPE Yoga Mat 6mm Non Slip');
    expect(checker.parse('首页 > 家居 > 床品\n纯棉 四件套 1.8m床\nUS $9.50 / 套 | 20 套（起订量）').title).toBe('纯棉 四件套 1.8m床');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe('a price per carat', () => {
  it('reads 克拉 as a carat, not a gram (克)', () => {
    const p = checker.parse('商品名称：培育钻石 裸钻 CVD 2克拉\n价格：US $210 - $290 / 克拉\n最小起订量：2 克拉');
    expect(p.headline?.unit?.id).toBe('carat');
    expect(p.moq?.unit?.id).toBe('carat');
  });

  it('passes lab-grown diamonds quoted per carat in both layouts', () => {
    expect(checker.check('商品名称：培育钻石 裸钻 CVD 2克拉\n价格：US $210 - $290 / 克拉\n最小起订量：2 克拉').verdict).toBe('ok');
    expect(checker.check('Lab Grown Diamond HPHT Loose Round Brilliant 1.5ct VS1\n$180.00 - $260.00/ Carat | 1 Carat/Carats(Min. Order)').verdict).toBe('ok');
  });
});

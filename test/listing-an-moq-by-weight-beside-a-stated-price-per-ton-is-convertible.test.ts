import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe('an MOQ in tons on goods priced by the piece', () => {
  const base = ['商品名称：热轧 H型钢 Q235B 200x100', '价格：US$ 78.00 / 根', '最小起订量：5 吨'];
  it('passes when the page converts its price into the MOQ unit ("≈ US$ 650/吨")', () => {
    expect(checker.check([...base, '备注：≈ US$ 650/吨'].join('\n')).findings.map((f) => f.kind)).not.toContain('moq');
  });
  it('still flags it when nothing says how many pieces the tons are', () => {
    expect(checker.check(base.join('\n')).findings.map((f) => f.kind)).toContain('moq');
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a tier or SKU set so the list or search page shows the lowest price', () => {
  it('flags a last tier the rep says is there for the list page, as a ladder', () => {
    expect(kinds('蓝牙耳机阶梯价：10-99个 $6.5，100-999个 $5.9，10000个以上 $0.30。最后一档就是为了让搜索页显示低价，大单其实也要5.5')).toContain('price_ladder');
    expect(kinds('question on tiers. planning 1-49 lamps $22, 50-499 $19, 5000+ at $0.20 so the search page shows twenty cents')).toContain('price_ladder');
  });

  it('flags a SKU set for the same purpose as filler', () => {
    expect(kinds('我们加了一个SKU「挂钩」$0.05，就是为了让列表页显示最低价')).toContain('sku_filler');
  });

  it('passes a real ladder the rep describes without such a purpose', () => {
    expect(kinds('蓝牙耳机阶梯价：10-99个 $6.5，100-999个 $5.9，1000个以上 $5.5，都是真实成交价')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ the listing\'s own remark or the rep contradicts', () => {
  it('flags an MOQ of one beside a remark that only takes a bounded quantity', () => {
    expect(kinds('[Trade Information]\nProduct name: Custom Embroidered Patches Iron-on\nMOQ: 1 Piece\nInternal remark: we only take at least 300 pcs per design, orders below are cancelled')).toContain('moq');
    expect(kinds('[Trade Information]\nProduct name: Printed Silicone Wristband\nMOQ: 1 Piece\nRemark: we only accept >= 500 pcs per colour')).toContain('moq');
  });

  it('flags an MOQ written as one and contradicted by the rep in the same breath', () => {
    expect(kinds('电动滑板车起订量写了1台，其实我们只接批发，200台起，1台根本不发')).toContain('moq');
  });

  it('flags an MOQ set far above the real one to turn small buyers away', () => {
    expect(kinds('帆布袋印logo的起订量写的是500万个，就是不想接小单，实际上300个就能做')).toContain('moq');
    expect(kinds('our custom mug listing says MOQ 1,000,000 pcs because we dont want small orders, really we make 200 pcs')).toContain('moq');
  });

  it('passes a seller who also sells below the MOQ written, and an MOQ the rep confirms', () => {
    expect(kinds('帆布袋起订量我写了5000个，但是其实100个也卖，样品另算')).toEqual([]);
    expect(kinds('电动滑板车起订量写了1台，现货，真的1台也发')).toEqual([]);
  });
});

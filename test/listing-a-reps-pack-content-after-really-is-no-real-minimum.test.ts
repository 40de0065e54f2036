import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("a rep's words on what one pack holds", () => {
  it('reads a pack content after "really" or 其实 as no real minimum', () => {
    expect(kinds('paper straws 6mm white, $0.004/pc, MOQ 200,000 pcs. and yes the price is really that low, 5000 pcs/carton. will it get flagged?')).toEqual([]);
    expect(kinds('纸吸管 6mm 白色，$0.004/支，起订 200,000 支。价格其实就这么低，每箱5000支，会被判虚假吗？')).toEqual([]);
  });

  it('still reads a real minimum the rep states after the cue', () => {
    expect(kinds('paper straws 6mm white, $0.004/pc, we put MOQ 1 pc but actually we only produce from 200,000 pcs')).toContain('moq');
  });
});

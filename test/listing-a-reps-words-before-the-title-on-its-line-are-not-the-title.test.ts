import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe("a rep's preface on the title's own line", () => {
  it('reads the product after the preface as the title, in either language', () => {
    expect(checker.parse('帮我看下这个链接：不锈钢保温杯 500ml 真空双层\n价格 US $2.10 - $2.90/个，起订 300 个。').title).toBe('不锈钢保温杯 500ml 真空双层');
    expect(checker.parse('pls check 这个品 Stainless Steel Vacuum Flask 500ml\nprice US $2.10 - $2.90/piece, MOQ 300 pieces').title).toBe('Stainless Steel Vacuum Flask 500ml');
    expect(checker.parse('Please check before we publish - Stainless Steel Vacuum Flask 500ml\nUS $2.10 - $2.90 / piece, MOQ 300 pieces').title).toBe('Stainless Steel Vacuum Flask 500ml');
  });

  it('keeps a line that is only the preface out of the title', () => {
    expect(checker.parse('帮我看下这个链接：\n不锈钢保温杯 500ml 真空双层\n价格 US $2.10 - $2.90/个').title).toBe('不锈钢保温杯 500ml 真空双层');
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// English words that name another thing than the ask they look like: an export "tax refund" is the tax rebate (退税) the
// Pay topic states, not money paid back, and "GB" alone is China's national standard code (国标), not gigabytes. The
// refund ask declined "can settlement through Pay still get the export tax refund?" as "any refund for that", and the
// media-size ask declined "is the 1+N a GB standard?" as "a length, size or format requirement".
const faq = createPolicyFaq({ llm: null });

describe('an export tax refund and a GB standard are no refund or file-size asks', () => {
  it('a tax refund is answered from the rebate line', () => {
    const a = faq.askLocal('If we settle FX through Alibaba.com Pay, do we still get the export tax refund?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/tax rebate|退税/);
  });

  it('a refund of money paid is still declined where unstated', () => {
    const a = faq.askLocal('Can I get a refund of the corporate withdrawal fee?');
    expect(a.declined).toBe(true);
    expect(a.unstated).toMatch(/refund/);
  });

  it('GB as a standard is answered; a size in GB is still a size', () => {
    const std = faq.askLocal('Is the 1+N green factory standard a GB standard or a different kind?');
    expect(std.declined).toBe(false);
    expect(std.answer).toMatch(/group standard|团体/);
    const size = faq.askLocal('Can the FollowMe video be bigger than 2 GB?');
    expect(size.declined).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('whether a feature is free or costs extra', () => {
  it.each(['Is the SNS smart share a paid feature?', 'SNS智能分享要另外付费吗？', 'Does the FollowMe challenge cost us anything to enter?', 'Is SNS sharing included, or a paid add-on?'])(
    'is declined for a topic that states no fee or price: %s',
    (q) => {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(true);
      expect(a.answer).toMatch(/fee or price|费用或价格/);
    },
  );

  it('is answered for a topic that states its price (the live recruiting is 0 yuan, Pay opening is free)', () => {
    expect(faq.askLocal('Is the Zhaopin live recruiting service for free?').declined).toBe(false);
    expect(faq.askLocal('Does it cost anything to open the Pay global account?').declined).toBe(false);
  });
});

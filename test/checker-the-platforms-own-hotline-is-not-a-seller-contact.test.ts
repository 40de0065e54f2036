import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The briefing prints the Alibaba.com Pay hotline (热线电话 400-655-2688). Pointing a buyer to it, or asking Haili
// about it, moves nobody off the platform; any other number, even one digit away or with the same wording, still blocks.
describe("the platform's own service hotline is not the seller's contact", () => {
  it.each([
    'For payment problems the buyer can ring Alibaba.com Pay support hotline 400-655-2688.',
    'Does the Pay hotline 400 655 2688 answer at weekends?',
    '付款失败的话可以打信保支付热线 400-655-2688 咨询',
    '4006552688 这个是国际站的官方客服吧？',
  ])('passes: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
  it.each([
    'For payment problems ring our hotline 400-655-2699.',
    'call me at 400-655-2689 for the price',
    '有问题直接打我手机 138 1234 5678，比支付热线快',
  ])('still blocks: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
});

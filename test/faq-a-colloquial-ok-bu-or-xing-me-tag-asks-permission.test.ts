import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "…ok不？", "…行么？": the colloquial Chinese tags of "is it OK?" (round 36). Read as a question of fact, the example line
// of the violation answered "是的。" to "may I have the buyer add my WhatsApp to get the files?", which is the violation.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a colloquial ok不 or 行么 tag asks permission', () => {
  it('moving files to WhatsApp, asked with ok不: not allowed, a violation', () => {
    expect(lead('报价单太大，平台传不上去，让客户加个whatsapp我发过去ok不？')).toMatch(/^不可以.*违规/);
  });

  it('a WeChat for factory videos, asked with 行么: not allowed', () => {
    expect(lead('客户要看工厂视频，我让他加微信看行么？')).toMatch(/^不行.*违规/);
  });

  it('the consignee phone for the shipment, asked with ok不: allowed', () => {
    expect(lead('物流要收货人电话，问买家要手机号ok不？')).toMatch(/^可以/);
  });
});

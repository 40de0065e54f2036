import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

/**
 * The briefing allows asking the buyer for an email, fax or phone in order and logistics steps. That exception
 * must not turn into "Yes" for giving a messenger in a signature or an auto-reply, which the same section forbids
 * (the scenario words are data: rules/ask/polarity.yaml scopedAllowances).
 */
describe('an allowance stated for a scenario answers only questions in that scenario', () => {
  it('a WhatsApp in an email signature is not allowed, and is a violation, in both languages', () => {
    expect(lead('Is putting my WhatsApp in my email signature allowed?')).toMatch(/^No\b/);
    expect(lead('Is putting my WhatsApp in my email signature a violation?')).toMatch(/^Yes\b/);
    expect(lead('签名里留邮箱可以吗')).toMatch(/^不可以/);
  });

  it('asking for a phone or email for the order or the shipment is still allowed', () => {
    expect(lead('Can we ask the buyer for an email to send the order invoice?')).toMatch(/^Yes\b/);
    expect(lead('下单后为了物流问买家要电话可以吗？')).toMatch(/^可以/);
  });
});

import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// The Pay section gives a hotline and says "or ask your bound account partner" (热线电话 400-655-2688 或咨询绑定拍档): it sends
// the asker to the partner, it gives no partner's number. A question for the own phone, mobile or e-mail of a person role
// (拍档, 客户经理, account manager, channel partner) is declined; one for the service desk's hotline is still answered.
const { declined, answered } = faqAsserts();

describe("a named person's own phone is declined where only the hotline is stated", () => {
  it('declines the partner or manager phone in Chinese', () => {
    declined('我们拍档的手机号是多少？');
    declined('拍档的直线电话多少');
  });

  it('declines the partner or manager phone in English', () => {
    declined("What's my account manager's phone number?");
    declined("what's the direct phone number of our channel partner?");
    declined("What's the phone number of our 拍档?");
  });

  it('still answers the hotline and how the hiring staff are reached', () => {
    expect(answered('Pay的客服热线是多少？')).toMatch(/400-655-2688/);
    expect(answered('whats the hotline for alibaba.com pay')).toMatch(/400-655-2688/);
    expect(answered('How do I contact the Zhaopin service staff after signing up?')).toMatch(/WeChat/);
  });
});

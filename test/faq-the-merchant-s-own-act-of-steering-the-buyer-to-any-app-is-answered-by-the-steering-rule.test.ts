import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A yes/no describing the merchant's own act of moving the buyer to a messenger or social app (giving "my Viber", asking
// the buyer for his KakaoTalk, "find us on our Facebook page") is decided by the briefing's definition of active steering
// and its open list of tools ("Whatsapp/Skype/Wechat/QQ等"), whatever topic the other words draw (SNS sharing to Facebook,
// the April list). Round 36 answered "Yes" to "tell the buyer to find me on my Facebook page". The exemptions still
// decide first: the buyer asked first, an email or fax for the order. Wordings invented for this test.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};
const lead = (q: string) => answer(q).split('\n')[0]!;

describe('the merchant’s own act of steering the buyer to any app is answered by the steering rule', () => {
  it('an app the briefing never lists, in a permission question, is a no with the definition quoted', () => {
    const a = answer('Since Viber is not on their list, is it alright if I send the buyer my Viber number in the inquiry?');
    expect(a.split('\n')[0]).toMatch(/^No\. It counts as a violation/);
    expect(a).toContain('商家主动询问买家联系方式或者主动给出自己联系方式');
  });

  it('pointing the buyer to our social page after reading about SNS sharing is a no', () => {
    expect(lead('SNS lets us post to LinkedIn, so may I write to the buyer "follow us on our LinkedIn page... I mean our Facebook page"?')).toMatch(/^No\b/);
    expect(lead('Can we just ask the client to message us on Instagram instead?')).toMatch(/^No\b/);
  });

  it('a Chinese permission question with a loose tag is 不可以', () => {
    expect(lead('给客户留我的kakao号，应该没事吧？')).toMatch(/^不可以，算违规/);
    expect(lead('可以直接问客户 "are you on telegram?" 吗')).toMatch(/^不可以/);
  });

  it('a violation question about the same act is a yes', () => {
    expect(lead('If I ask the customer whether he has Zalo so we can talk there, does that count as a violation?')).toMatch(/^Yes\. It counts as a violation/);
  });

  it('the same act on another marketplace is that marketplace\'s rule, which the briefing does not state: declined', () => {
    for (const q of ['我们在敦煌网店铺里给买家留了微信，这样会扣分吗？', 'On our Shopee store, may I put my WhatsApp number in the product description?']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });

  it('the exemptions still decide: the buyer asked first, an email for the order', () => {
    expect(lead('买家主动找我要微信，我发给他了，算违规吗？')).toMatch(/^不算违规/);
    expect(lead('Can I ask the buyer for an email address to send the order invoice?')).toMatch(/^(Yes|可以)/);
  });

  it('sharing content through SNS names no act toward a buyer and stays allowed', () => {
    expect(lead('我们能用SNS把新品海报分享到LinkedIn吗')).toMatch(/^(能|可以)/);
  });
});

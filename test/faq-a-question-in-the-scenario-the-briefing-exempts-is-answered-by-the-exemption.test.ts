import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The off-platform rule's examples name WhatsApp and phone numbers and rank first for these questions; the briefing's
// FAQ exempts two scenarios ("非商家主动…", "因业务需要在下单/物流过程等合理场景中…"), and a question describing one of
// them is answered by that exemption, not read as a violation off an example.
const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};
const lead = (q: string) => answer(q).split('\n')[0]!;

describe('a question in the scenario the briefing exempts is answered by the exemption', () => {
  it('the buyer gave his own contact, the merchant asked for nothing: not a violation', () => {
    const zh = answer('客户自己主动在询盘里留了微信号，我们没问他要，这样会被判违规吗？');
    expect(zh).toMatch(/^不算违规/);
    expect(zh.split('\n')[1]).toMatch(/非商家主动/);
    expect(lead('A customer pasted his own WeChat ID into the inquiry; we never asked for it. Is that a violation on our side?')).toMatch(/^No\./);
    expect(lead('The buyer asked us for our phone number and we answered him. Will we be penalised?')).toMatch(/^No\./);
  });

  it('asking the buyer for a fax or email for the order or its contract: allowed', () => {
    expect(lead('May I ask the buyer for a fax number to send the signed contract?')).toMatch(/^Yes\./);
    expect(lead('为了安排物流发货，问买家要个电话号码，违规吗？')).toMatch(/^不算违规/);
  });

  it('the merchant who steers, or a chat app asked for, is still in violation', () => {
    expect(lead('买家先发了询盘，我主动给了他我的WhatsApp，算违规吗？')).toMatch(/^是的，算违规/);
    expect(lead('Can I ask the buyer for his WhatsApp to arrange shipping?')).not.toMatch(/^Yes/);
  });
});

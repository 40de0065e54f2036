import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// A place abroad named as the merchant's own ("a gold supplier registered in Malaysia") is a slot of the rule: the live
// hiring lists regions in China only, so the briefing states nothing for it. Two words hid it: "gold suppliers" read as
// the merchant's own suppliers (a counterparty, whose place is no slot), and "foreign-trade" (外贸, the service market's
// name in a quoted line) read as the line speaking of going abroad.
const { declined, answered } = faqAsserts();

describe('a gold supplier abroad is the merchant, and foreign trade is not going abroad', () => {
  it('declines eligibility for a Verified or Gold Supplier registered abroad', () => {
    declined("We're a gold supplier registered in Malaysia, can we join the 0-yuan recruiting stream?");
    declined('Can a Verified Supplier based in Thailand sign up for the Zhaopin live hiring?');
    declined('我们是越南注册的金品商家，能报名直播带岗吗？');
  });

  it('still reads a supplier abroad as the other party, and answers a listed region', () => {
    expect(answered('Our supplier in Vietnam asked us to add WhatsApp, is that a violation for us?')).toMatch(/violation/i);
    expect(answered('Taiyuan gold supplier — can we sign up for the live hiring?')).toMatch(/Shanxi|山西/);
  });
});

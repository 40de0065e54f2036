import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The talk switched to email, the buyer sent to their mailbox for what the rep mailed, and a number of the seller's
// own office or person that a region's customers are sent to all move the buyer off the platform. Order paperwork by
// mail, the customer's own number on the waybill and a tracking number labelled in the buyer's language pass.
describe('mail checked or switched to, and a seller office for a region', () => {
  it.each([
    "The translation here is terrible, let's switch to email, my address is in the PDF footer.",
    'I sent the revised drawing to the address on the business card, please check your inbox.',
    'Please check your Gmail, the catalogue went out this morning.',
    '墨西哥客户请找Luis，手机(55) 8765 4321，他在瓜达拉哈拉有现货',
    'For Pakistani customers we have a Lahore office, 0300 1234567, they can also take your payment locally',
    '巴西客户可以联系我们圣保罗的同事，电话 (11) 91234-5678',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Please check your inbox, the commercial invoice for customs is there.',
    'Please check the Alibaba message center, the quotation is there.',
    "Your customer's office number 0300 1234567 is on the waybill, correct?",
    '客户的手机 0300 1234567 已经填在运单上了',
    "Guide number 7845 1203 9986 is already in the Alibaba order, your customer can track it on Estafeta's page.",
    'No resi 7845 1203 9986 sudah ada di pesanan Alibaba.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

const allowed: Array<[string, string]> = [
  ['consignee phone for customs', 'Please send the consignee phone number, it is required for customs clearance.'],
  ['email for the proforma invoice', 'May I have your email address for the proforma invoice?'],
  ['phone for the courier', '请提供收货人电话，快递派送需要。'],
  ['platform chat and Trade Assurance', 'Let us keep talking here on Alibaba.com chat; you can pay with Alibaba.com Pay under Trade Assurance.'],
  ['RFQ', 'We saw your RFQ and quoted 3 options on Alibaba.com.'],
  ['model number', 'Model HL-8618612345 is in stock.'],
  ['order number', 'Your order number 18612345678901234 has been shipped.'],
  ['tracking number', 'Tracking number: 7712 3456 7890, DHL.'],
  ['HS code', 'HS code 8517.62.00.00 applies to this item.'],
  ['price and MOQ', 'Price USD 1.86 per piece, MOQ 1000 pcs, 20% deposit.'],
  ['sizes list', 'Available sizes 36 37 38 39 40 41 42 43 44.'],
  ['dates', 'Delivery on 2026-12-18, production starts 2026-11-30.'],
  ['bank details for an order', 'Bank account: 6222 0212 3456 7890 123, SWIFT ICBKCNBJ, for order 2345.'],
  ['WeChat as a product feature', 'This smart watch shows WeChat and WhatsApp message notifications.'],
  ['WeChat Pay accepted in store', 'The POS terminal supports WeChat Pay and Alipay.'],
  ['Chinese product feature', '这款手表支持微信消息提醒。'],
  ['refusal to move off-platform', "Sorry, we don't use WhatsApp; let's keep talking on Alibaba.com."],
  ['production line capacity', 'Our production line makes 30000 pcs per month.'],
  ['signal strength', 'The router has strong signal and 4 antennas.'],
  ['alibaba link', 'See the product page https://www.alibaba.com/product-detail/abc_1600123456789.html'],
  ['buyer volunteered contact acknowledged', 'Thanks for your message. We will reply with the quotation on Alibaba.com.'],
  ['Chinese size and price', '尺寸 120x60x75cm，价格 186 元，起订量 100 件。'],
];

describe('legitimate drafts pass', () => {
  it.each(allowed)('%s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
    expect(r.findings).toEqual([]);
  });
});

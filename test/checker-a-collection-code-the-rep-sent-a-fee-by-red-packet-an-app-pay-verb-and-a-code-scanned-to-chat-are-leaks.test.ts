import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Payment moved off the platform: the rep's collection code the rep sent, a fee paid by red packet, a payment app used
// as the verb (payment.yaml payment.off-platform); and a QR code named first, then scanned to chat with the rep
// (file-offsite.yaml link.qr-invite). Red packets as goods, collection-code stands sold, a refusal, and a code scanned to
// check the goods pass. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a collection code the rep sent, a fee by red packet, an app pay verb and a code scanned to chat', () => {
  it('are leaks', () => {
    for (const t of [
      '运费扫一下我刚发给您的收款码就可以了',
      '定金 50 美金，您直接发个红包就行',
      'deposit is small, just alipay us and we start',
      'The QR code is on page 4 of the brochure, scan it and you can talk to me directly',
    ]) expect(verdict(t), t).toBe('block');
  });

  it('red packets as goods, code stands, a refusal or a code to check the goods passes', () => {
    for (const t of [
      '我们卖的红包袋，样品费 20 元，可以做烫金红包',
      '我发的收款码立牌样品您收到了吗',
      'Please do not alipay us, pay in the Trade Assurance order',
      'The QR code on the box, scan it and you can check the product is authentic',
    ]) expect(verdict(t), t).toBe('pass');
  });
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// The buyer's number read back to be confirmed with a call or a sending in the same breath
// (rules/detection/ask-contact-more.yaml ask.number-read-back), the rep calling in a mixed sentence ("我 call you"), a
// video call sent to the buyer, and the buyer's phone texted and its number asked (ask.number-to-text). An order's or
// consignee's number read back, a courier's text, or a call on the platform pass. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a buyer’s number read back to call, and calls sent to the buyer', () => {
  it('are leaks', () => {
    for (const t of [
      'fine, ring you in 5 min, 0912 334 5567 correct?',
      'your mobile 0300 1234567 right? sending the catalogue there tonight',
      '好的我 call you 明天早上',
      'Got it, I will send you a voice call this evening',
      "I'll sms you the proforma on your mobile, what's the number?",
    ]) expect(verdict(t), t).toBe('block');
  });

  it('an order or consignee number read back, a courier’s text or a call on the platform passes', () => {
    for (const t of [
      'Your PO number 4500 778812 right? sending the invoice now',
      'Consignee phone 0300 1234567 right? the courier will call on arrival',
      'The courier will text you the tracking on your phone, what is it again?',
      'I will send you a video call invitation on Alibaba',
      'We can send you a video of the call center headset',
    ]) expect(verdict(t), t).toBe('pass');
  });
});

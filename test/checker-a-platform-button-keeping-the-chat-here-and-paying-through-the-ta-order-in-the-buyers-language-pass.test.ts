import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// A button of this chat or the platform ("the 'Start Order' button here", "the quotation function on Alibaba") is a
// platform feature, so ordering "directly" through it is no deal around the platform (refusals.yaml PLATFORM_FEATURE);
// the buyer asked to keep talking here, with whom said between ("please keep talking with me here"), keeps the talk
// here (KEPT_HERE); paying through the Trade Assurance order, in Turkish or Spanish, is the order's own way to pay
// (payment.yaml TA_SAFE_INTL), unless the line adds a cost. Round 37 and 38 showed each once; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a platform button, keeping the chat here and paying through the TA order in the buyers language pass', () => {
  it('passes', () => {
    for (const t of [
      "Just tap the 'Start Order' button here and you can pay for it directly.",
      'I will use the quotation function on Alibaba, then you can place the order directly.',
      'Yes we have an Instagram account, but please continue chatting with me here for the order.',
      "We do have WhatsApp but pls keep messaging us on Alibaba, it's protected.",
      'Ödemeyi TA siparişi üzerinden kartla yapabilirsiniz.',
      'Puede pagar a través del pedido de Trade Assurance con tarjeta o transferencia.',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('a move off the platform or a channel offered still blocks', () => {
    for (const t of [
      'Place the order directly with us and pay to our bank account, no need for Alibaba.',
      'Tap the button here to see my WhatsApp: +86 138 0013 8000',
      'Yes we have a Facebook page, message us there for faster replies.',
      'please keep talking with me on WhatsApp, it is faster',
    ])
      expect(verdict(t), t).toBe('block');
  });
});

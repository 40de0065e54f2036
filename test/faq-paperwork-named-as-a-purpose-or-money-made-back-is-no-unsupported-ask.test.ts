import { describe, expect, it } from 'vitest';
import { loadAskKinds } from '../src/faq/asks.js';
import { createPolicyFaq } from '../src/faq/index.js';

const kinds = loadAskKinds();
const trigger = (id: string) => kinds.find((k) => k.id === id)!.trigger;
const faq = createPolicyFaq({ llm: null });

describe('paperwork named as the purpose of another ask, or money made back on a price, asks no documents and no refund', () => {
  it.each(['For our export paperwork we need the buyer\'s fax, ok to ask?', 'for the paperwork, can I get his phone?'])('"%s" asks no documents', (q) => {
    expect(trigger('documents').test(q)).toBe(false);
  });

  it.each(['What paperwork do I need to apply?', 'Which documents must we hand in?'])('"%s" still asks documents', (q) => {
    expect(trigger('documents').test(q)).toBe(true);
  });

  it.each(['They earn their money back on shipping', 'the seller makes the money back later'])('"%s" asks no refund', (q) => {
    expect(trigger('refund').test(q)).toBe(false);
  });

  it.each(['Can I get my money back if the test fails?', 'do buyers get money back?'])('"%s" still asks a refund', (q) => {
    expect(trigger('refund').test(q)).toBe(true);
  });

  it('asking the buyer for a fax number for the shipping paperwork is answered as allowed', () => {
    const a = faq.askLocal('For the shipping paperwork I need the receiver\'s fax and phone. Can I ask the buyer for them in the chat?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/fax|传真/i);
  });
});

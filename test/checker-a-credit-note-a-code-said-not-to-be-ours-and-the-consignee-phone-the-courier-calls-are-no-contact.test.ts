import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Numbers that look like phones but are a document's or a code's, or the consignee's for the courier (phone.yaml):
// a credit or debit note's number (notContact), a number said after it not to be one of the seller's part or model
// numbers (notContactAfter, "is not a part no."), and the consignee's phone named by its own label (收货电话, 收件人手机)
// that the courier "会提前打" (instruction: an adverb between the courier's will and the call is still the courier's).
// Round 38's drafts showed each once; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a credit note, a code said not to be ours and the consignee phone the courier calls are no contact', () => {
  it('passes', () => {
    for (const t of [
      'Debit note DN 415 555 0123 has been issued for the short shipment, please check.',
      'The credit memo 020 7946 0321 covers the two broken cartons.',
      '贷项通知 credit note 0917 553 2084 已经抵扣到这次的货款里',
      'The resistor 0612 778 903 is not a part number we stock, maybe you meant RC0603FR-0710KL?',
      "0412 345 678 isn't one of our model numbers, could you check the drawing again?",
      '收件电话 138 0013 8000 是订单上写的，快递到了会先打这个号码',
      '收货人手机 0917 553 2084 我们直接抄到面单上，派送员会先打这个电话',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('a number to call, however it is labelled, still blocks', () => {
    for (const t of [
      'Credit note is ready, call me on 212 555 0187 to discuss it.',
      "0412 345 678 is not a part number, it's my mobile, call me.",
      '收货电话写您的就行，我的手机是 138 0013 8000，有事直接打这个',
    ])
      expect(verdict(t), t).toBe('block');
  });
});

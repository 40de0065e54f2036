import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "Buyers" before a number usually makes it the buyer's; a colleague who handles a market's buyers is the seller's
// line for them. A messenger said to be on the store's listed phone is pointed at.
describe("a colleague for a market's buyers, and an app on the store's phone", () => {
  it.each([
    'For faster answers, our rep Sara looks after the Gulf customers: 050 987 6543',
    '我们同事阿明负责东南亚客户，电话 0812 3456 7890',
    'Sam (WhatsApp same as our company profile number)',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Our colleague handles the buyer customs, please confirm the consignee phone 07911 123456 is correct for the waybill.',
    'The courier who handles your customers deliveries will call the receiver at 0412 345 678.',
    '我们同事负责客户的收货电话核对，您留的 0501234567 对吗？',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

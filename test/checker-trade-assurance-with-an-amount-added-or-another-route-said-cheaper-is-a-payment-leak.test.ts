import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Found on drafts-t20: Trade Assurance accepted with an amount added ("but then shipping cost will be +USD 200") or another
// route said to come cheaper after a "but" or in the next sentence ("Direct TT is cheaper for you", "不过 TT 更便宜") is a
// condition on it. Paying by T/T inside the order, or being told not to pay the rep personally, is not.
describe('Trade Assurance with an amount added or another route said to be cheaper', () => {
  it.each([
    'We can accept Trade Assurance but then freight will be +USD 150. Direct TT is cheaper for you',
    'TA order is fine. Direct T/T would be much cheaper for you though',
    'Trade Assurance 可以, 不过 TT 更便宜',
    'TA 可以，但 TT 价格便宜 3%',
    '信保订单可以做，不过电汇的话会更便宜一些',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Hi Priya, 可以用 credit card 或 T/T, 都在 Alibaba order page 上 pay, 不用 transfer 给我 personally',
    'All payment goes through the Alibaba order, no need to wire anything to me personally.',
    'We accept Trade Assurance, and T/T inside the Alibaba order is cheaper than credit card',
    'Trade Assurance order is ready. T/T is cheaper than L/C for you',
    'TA order 已经发您了，运费 USD 200，T/T 或信用卡都可以在订单里付',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Trade Assurance offered with the surcharge denied ("不需要额外加钱", "我们也不会额外加收手续费", "no extra fee, no price
// increase", "不额外收手续费，您下单后…") is the platform's payment recommended: four writers of stranger sets wrote it and
// got a surcharge finding. A surcharge said with "不然" (otherwise), "不过" (but) or "不好意思" (sorry) before it, or the fee
// put on the buyer, is still one.
describe('Trade Assurance with no extra fee said', () => {
  it.each([
    '您好，付款可以用信用保障订单，不需要额外加钱',
    '好的，了解。建议您走信用保障订单，货款有保障，我们也不会额外加收手续费。',
    'Dear Sir, we can accept Trade Assurance, no extra fee, no price increase. Just click Start Order.',
    '您好，我们支持信用保障订单，不额外收手续费，您下单后我们48小时内确认。',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    '走信保要加3个点',
    '信保订单的话，不然要加5%手续费',
    '走信保的话不好意思要加5%',
    '信保可以不过要加3%手续费',
    '信保订单可以，手续费您来出',
    'TA order price increases 5%',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadDetailKinds } from '../src/faq/asks.js';

/**
 * A price, an amount of money or a threshold asked of a topic whose lines name the thing without one ("SGS报告验真套餐
 * （5份报告）", "June thank-you promotion from 50% off", "a reasonable price range") is declined; a stated fee is answered.
 * The kinds are data (rules/ask/details.yaml: price, currency, figure).
 */
const faq = createPolicyFaq({ llm: null });
const kinds = loadDetailKinds();
const kind = (id: string) => kinds.find((k) => k.id === id)!;
const asks = (id: string, q: string) => kind(id).cue.test(q.normalize('NFKC')) && !kind(id).except?.test(q.normalize('NFKC'));

describe('a price or an amount of money asked', () => {
  it('is asked by a bare "X price?", "what is the fee", "多少钱"; not by a question that only names a price', () => {
    expect(asks('price', 'Carbon label audit price?')).toBe(true);
    expect(asks('price', 'What is the listing fee for the green tag?')).toBe(true);
    expect(asks('price', '绿色工厂认证要多少钱？')).toBe(true);
    expect(asks('price', 'Does the rule cover a fake sample price?')).toBe(false);
    expect(asks('price', 'Overseas payment — any hidden fees?')).toBe(false);
  });

  it('is asked by "how much is the X?" of a thing on sale, not of a penalty, a threshold or traffic', () => {
    expect(asks('price', 'How much is the carbon label audit?')).toBe(true);
    expect(asks('price', 'how much are the RoHS tests on the service market?')).toBe(true);
    expect(asks('price', 'How much is the penalty for a fake MOQ?')).toBe(false);
    expect(asks('price', 'how much is the monthly waiver threshold?')).toBe(false);
    expect(asks('price', 'How much is the traffic boost for top-10 videos?')).toBe(false);
  });

  it('"how much is the X?" is declined when the lines name the thing with a count but no price, answered when they price it', () => {
    const count = faq.askLocal('How much is the green factory certification?');
    expect(count.declined).toBe(true);
    expect(count.declineReason).toBe('not_stated');
    const priced = faq.askLocal('how much is the Zhaopin live recruiting service worth?');
    expect(priced.declined).toBe(false);
    expect(priced.answer).toContain('1500');
  });

  it('an amount in money is asked with "in RMB" on a price, not by the currency a payment is made in', () => {
    expect(asks('currency', 'What is the UV test worth in RMB after the discount?')).toBe(true);
    expect(asks('currency', 'How big is the top prize in cash terms?')).toBe(true);
    expect(asks('currency', '这个折扣折合人民币是多少？')).toBe(true);
    expect(asks('currency', 'Can the legal rep withdraw in USD?')).toBe(false);
    expect(kind('currency').evidence.test('六月感恩回馈5折起')).toBe(false);
    expect(kind('currency').evidence.test('原价1500元')).toBe(true);
  });

  it('a zero fee is a stated fee', () => {
    expect(kind('price').evidence.test('0入账费，0中转行费用')).toBe(true);
    expect(kind('price').evidence.test('0 intermediary-bank fee')).toBe(true);
  });

  it('a price the lines do not state is declined; a stated fee is answered', () => {
    const bare = faq.askLocal('SGS carbon footprint report price?');
    expect(bare.declined).toBe(true);
    expect(bare.declineReason).toBe('not_stated');
    const fee = faq.askLocal('What is the fee to withdraw to the legal rep card?');
    expect(fee.declined).toBe(false);
    expect(fee.answer).toContain('0.3%');
  });
});

describe('a threshold asked with a range or a figure offered', () => {
  it('is asked by "what price range", "a fixed number", "like 30%?", "比如50%？"', () => {
    expect(asks('figure', "What's the acceptable price range for phone cases?")).toBe(true);
    expect(asks('figure', 'Is there a fixed number of strikes before an account is closed?')).toBe(true);
    expect(asks('figure', 'How far may the price drift — like 30%?')).toBe(true);
    expect(asks('figure', '价格偏离多少算虚假，比如50%？')).toBe(true);
    expect(asks('figure', 'Is the pending period 14 days?')).toBe(false);
  });

  it('a range the briefing only names is declined', () => {
    const a = faq.askLocal("What price range counts as reasonable for garden hoses, e.g. ±40%?");
    expect(a.declined).toBe(true);
  });
});

describe('a winner or a named body asked', () => {
  it('"who won", "last season\'s winner", "谁获奖了" ask for a name', () => {
    expect(asks('name', 'Who won the rising board in the spring edition?')).toBe(true);
    expect(asks('name', "Can I see last season's winners?")).toBe(true);
    expect(asks('name', '上一期哪家商家获奖了？')).toBe(true);
    expect(asks('name', 'Which merchant on the list had the most strikes?')).toBe(true);
  });

  it('a capitalised name before its Chinese states one; a lower-case list name does not', () => {
    const name = kind('name');
    const shows = (t: string) => name.evidence.test(t) || !!name.evidenceCased?.test(t);
    expect(shows('Hosted by Lin Feng (林峰) of the merchant team')).toBe(true);
    expect(shows('Boards: quality list (优质榜), rising list (飙升榜)')).toBe(false);
  });

  it('a winner the briefing never names is declined', () => {
    const a = faq.askLocal('Who won the conversion list in the previous edition?');
    expect(a.declined).toBe(true);
  });
});

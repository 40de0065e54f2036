import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A region's customers sent to a local number ("日本客户请拨…", "澳门客户联系…", "Macau customers contact…") is the
// seller's line; the word 客户 / customers had made it read as the customer's own number. Regions whose Intl names are
// long forms (中国澳门特别行政区, Macao SAR China, Myanmar (Burma)) are named by their short names. The customer's own
// contact read back or put on the waybill still passes.
describe("a region's customers sent to a local number", () => {
  it.each([
    '日本客户请拨东京办公室 090-4412-8873（山田）',
    '澳门客户联系 6688 1203 黄生，可以送货上门',
    'Macau customers contact 6688 1203 Mr Wong',
    'Kenya buyers can call 0712 345 678 for the local stock',
    '仰光的客户请直接拨 09 9712 34567，现货在仓库',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '收货客户联系电话 6688 1203，已填在面单上',
    '客户的电话是 090-4412-8873 对吧？',
    '日本客户的电话 090-4412-8873，我们已经填在面单上了',
    'Macau customers can contact us here on Alibaba anytime, the order number is 6688 1203 4471',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

// The same line with the adverbs a rep puts between (统一, 一律, 直接, 就) and the verb in either language, 找 included:
// the customers word still names who is served, not whose number it is.
describe("a region's customers sent to a local number, any adverb between and the verb in either language", () => {
  it.each([
    '印尼客户统一联系 Budi：0812 3456 7890',
    'Saudi 客户 call Faisal 050 123 4567 for local stock',
    'Chile 的 buyer 找 Diego 9 8765 4321 也可以',
    '越南买家一律直接联系 Minh 090 123 4567',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '客户统一联系电话已填在面单上：0812 3456 7890',
    '买家找我们开发票，订单号 2023 0415 1234 5678',
    'Chile 的 buyer 找 Diego 的订单 9 8765 4321 已发货，您在平台上可以查看',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

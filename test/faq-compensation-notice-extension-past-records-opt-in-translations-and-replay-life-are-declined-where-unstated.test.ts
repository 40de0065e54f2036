import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const declined = (q: string) => faq.askLocal(q).declined;

describe('asks about a thing beside a stated rule (money to the buyer, a notice, a longer period, past records, a choice, a translation) are declined', () => {
  it('compensation to anyone is not among the penalties the briefing lists', () => {
    for (const q of [
      '买家投诉成立后，卖家要赔偿买家吗',
      '虚假运费被投诉，平台会给买家补偿吗',
      "When a buyer's fake-price complaint is upheld, does the buyer get any compensation from the seller?",
      'Will Alibaba compensate buyers misled by a fake MOQ?',
      'Does the seller have to reimburse the buyer for the extra shipping charged?',
    ]) expect(declined(q), q).toBe(true);
  });

  it('being told before a penalty lands is stated only where the briefing names a notice', () => {
    for (const q of [
      '删除产品之前平台会提前通知我们吗',
      '屏蔽店铺前会事先告知商家吗',
      'Will the platform notify us before it deletes products for repeated fake MOQ?',
      'Do we get advance notice before the store is shielded?',
      'Will we be warned before our products are scored 0 and delisted?',
    ]) expect(declined(q), q).toBe(true);
    // (the warned merchants' one-to-one reminder is such a notice)
    expect(declined('预警商家会收到提醒吗')).toBe(false);
    expect(declined('Will warned merchants be notified before they are judged to violate?')).toBe(false);
  });

  it('stretching a stated period is declined; the newbie window the briefing itself lengthened is answered', () => {
    for (const q of [
      '14天整改期能延期吗',
      '整改期可以再给几天吗，工厂来不及改价',
      'can the 14 day rectification period be extended if our factory needs more time to re-quote?',
      'Can we get an extension on the 7-day deadline for listed merchants?',
    ]) expect(declined(q), q).toBe(true);
    expect(faq.askLocal('成长指引新手期从多少天延长到多少天？').answer).toMatch(/30/);
    expect(faq.askLocal('How long was the newbie task period extended to?').answer).toMatch(/30 days/);
    // ("hair extension" is a product, not a longer period)
    expect(declined('In the false-price hair extension example, what was the price for 15000+ grams vs 100-999 grams?')).toBe(false);
  });

  it("a penalised product's past sales and reviews are nowhere", () => {
    for (const q of [
      '0分下架后产品的历史销量会清零吗',
      '被删除的产品，买家评价还在吗',
      "Does the 0-score delisting also remove the product's historical sales and reviews?",
      'If a listing gets deleted, do we lose its reviews?',
    ]) expect(declined(q), q).toBe(true);
  });

  it('taking a new rule up by choice is nowhere', () => {
    for (const q of [
      '2021年签约的老商家能自愿改用新的4项任务吗',
      'Can a merchant who signed in 2021 voluntarily switch to the new 4-task flow?',
      'Can existing merchants opt in to the new newbie tasks?',
    ]) expect(declined(q), q).toBe(true);
  });

  it('a version in another language is nowhere', () => {
    for (const q of ['这次发布会有英文版吗', '金品课有没有英文字幕', 'Is there an English-language version of this merchant briefing?', 'Do the Gold 3.0 courses come with English subtitles?']) {
      expect(declined(q), q).toBe(true);
    }
  });

  it('how long a replay or course stays up is no validity the briefing states; where to find it is', () => {
    for (const q of ['这场发布会的回放能看到几号', '课件和回放能保存多久', 'How long will the replay stay available in the cloud classroom?', 'How long is the Gold 3.0 course available on peixun?']) {
      expect(declined(q), q).toBe(true);
    }
    expect(declined('Where can I get the replay and slides?')).toBe(false);
  });

  it('the exact value of a vague quantity ("一定量", "a certain amount") is not stated, in either word order', () => {
    for (const q of [
      "The deck says products get deleted once fake price listings 'accumulate to a certain amount' - what's that amount exactly? 10? 50?",
      '累积到一定量会删除，一定量具体是多少',
      'What specific number of repeat violations counts as a certain amount?',
    ]) expect(declined(q), q).toBe(true);
  });

  it('which topics are open, and a presenter\'s DingTalk ID, are not listed', () => {
    for (const q of ['What topics are open for submission in the third round?', '第三期开放了哪些话题', 'Which themes are available for the FollowMe challenge this season?', '栩彤小二的钉钉号多少？想直接问问名单的事']) {
      expect(declined(q), q).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The platform named as what delays or loses messages is the pretext for asking a contact, not a word that keeps the
// talk on it (lexicon PLATFORM_AS_TOPIC).
describe('a platform said to delay messages excuses no ask for a contact', () => {
  it.each([
    'Alibaba messages have a delay on my side, pls leave your mobile so I can reach you quickly',
    'Sorry dear, Alibaba chat is delayed today, what is your phone number?',
    '阿里消息经常延迟，留个电话吧，我直接联系您',
    '平台消息有时候收不到，您留一下手机号',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Alibaba messages have a delay sometimes, so please check the order page for the latest status.',
    'The shipment has a delay of 3 days because of the typhoon, sorry for that.',
    '平台消息有延迟的话，您刷新一下订单页面就能看到最新物流',
    'Alibaba chat is delayed today, so please leave the receiver phone number in the order for the courier.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

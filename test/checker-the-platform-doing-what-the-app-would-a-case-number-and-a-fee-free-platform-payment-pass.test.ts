import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// What the buyer wants the app for said to work here too ("这边也能发语音和图片", "you can send big files here too"), a move
// to another app ruled out with "won't", the platform's SNS sharing said code-switched ("Alibaba 自动 share 的"), an
// after-sales case number (RMA, claim, 售后单) and the platform's payment praised as costing nothing extra ("tanpa biaya
// tambahan", "sin comisión adicional") are no leak. A turn to the app after it, a service line to call, or a payment
// sent around the platform to skip its fee still are.
describe('the platform doing what the app would, case numbers, fee-free platform payment', () => {
  it.each([
    '我知道您更喜欢用 WhatsApp，不过这边也能发语音和图片，咱们就在这里聊吧。',
    '您想用微信发视频的话，这里也可以直接发视频的，很方便。',
    "I know you like WeChat, but you can send voice messages and big files here too, so let's stay.",
    'Just so you know, we won\'t switch to another app. All our talks stay on Alibaba.',
    '您看到的 IG posts 是国际站 SNS 自动 share 的，询价直接在这里。',
    'RMA no. 0412-7785093 opened for the 2 broken units; replacements go out with the next shipment.',
    'Claim number 0800 443 2210 has been filed with the carrier.',
    '售后单 0755-2234567 已经建好，配件下周寄出。',
    'Silakan bayar melalui Trade Assurance, aman dan tanpa biaya tambahan ya kak.',
    'Puede pagar por Trade Assurance, es seguro y sin comision adicional.',
    'Payez via Trade Assurance, sans frais supplémentaires.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    '这里也能发，不过微信更快，加我 lily_8899。',
    '这边也能视频，但还是微信方便，号码 13800138000。',
    'You can send files here too, but WhatsApp is faster: +86 138 0013 8000.',
    'Call our service number 0800 443 2210 for the claim.',
    'Bayar langsung ke rekening kami saja, tanpa biaya komisi Alibaba.',
    'Pague directo a nuestra cuenta, sin comision de Alibaba.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

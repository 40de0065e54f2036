import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Short declines in the buyers' languages, plain on-platform wording, and a buyer's speaker line answered on the
// same line: neither the rules nor the classifier warn. The rep's own contact after the buyer's quotation still blocks.
const passes: Array<[string, string]> = [
  ['Indonesian decline naming the app', 'Maaf kak, kami tidak bisa kasih nomor WA, lanjut di sini ya'],
  ['Vietnamese decline naming the app', 'Xin lỗi, bên em không cho số Zalo, mình trao đổi ở đây nhé'],
  ['Russian refusal after the word', 'Извините, телефон не даём, пишите здесь.'],
  ['Spanish refusal after the word', 'Perdón, el número no lo compartimos; seguimos por este chat.'],
  ['Portuguese decline', 'Desculpe, não passamos WhatsApp, seguimos no chat do Alibaba'],
  ['a plain request to read the catalogue', 'Please check the catalogue.'],
  ['a plain request to read the drawings, in Chinese', '请看一下图纸。'],
  ['a speaker line quoting the buyer, answered on the same line', 'Client wrote: "text me on viber +380 67 123 4567" - apologies, we keep every message here on Alibaba.com, photos are below.'],
];

describe('short declines and on-platform wording', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it('still blocks the rep\'s own number after the buyer\'s quoted words on a speaker line', () => {
    expectCaughtWithEvidence(checker, 'Buyer: "my number is 0501234567", and mine is +86 138 1234 5678', '+86 138 1234 5678', 'block');
  });
  it('still catches an ask in Spanish', () => {
    expectCaughtWithEvidence(checker, 'Dame tu número y te llamo', 'número');
  });
});

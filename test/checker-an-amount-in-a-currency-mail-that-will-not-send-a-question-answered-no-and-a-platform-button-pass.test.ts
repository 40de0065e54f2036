import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An amount followed by its currency, mail said not to work, a messenger said taken down with the talk kept here, the
// buyer's question whether we have a group answered no, and a page button said to be the platform's own are no leaks.
// The same words with a contact given still warn.
describe('an amount in a currency, mail that will not send, a question answered no, a platform button', () => {
  it.each([
    'Total: 4 560 000 VND per carton, or USD 180 if easier',
    'Unit price 1 250 000 rupiah, MOQ 50',
    '邮箱发不出去哈，图纸直接在这里发给您',
    '店铺简介里以前写了WhatsApp，已经删除了，以后都在阿里上沟通',
    '你问我们有没有 WhatsApp 群——没有的，新品可以关注店铺',
    '想语音的话可以点详情页上的 Call 按钮，是平台自带的功能',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'call me 0812 3456 7890 wont take long',
    '邮箱发给您图纸，请查收',
    '你问我们有没有 WhatsApp 群？有的，加我 WhatsApp +86 138 1234 5678 拉您进群',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Asks and invitations in words the older patterns missed: a handle or username asked, a contact "of another kind" (a
// personal email, an alternative number), a call on the buyer's mobile, which number to dial, a contact asked as a
// line of its own, "give me a ring", "shoot me an email", "加我私人号", "加个wei", "加我吧" as a clause, and the rep's
// phone number to be searched in an app.
describe('a contact asked in short or slang words, and a call or mail invited', () => {
  it.each([
    "what's your insta handle? I'll follow you back",
    'Could you drop me an alternative email? Ours gets full',
    'pls share a personal number, I explain faster by voice',
    'Maybe a short call on your WhatsApp tonight?',
    'What number can I ring to reach your buyer?',
    'And your mobile pls',
    'Give us a buzz when you land in Guangzhou',
    'Fire me an email and I reply with the full sheet',
    '有空加我个人号，细聊',
    '加一个wei吧，发您实拍',
    '这边聊不方便，加我吧',
    '您在那个软件里搜我手机号就能找到',
    'Just search my phone number there and add me',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Please let me know your handle size, 12cm or 15cm?',
    'What is your handle colour preference for the pans, black or walnut?',
    'A quick call on your mobile is not needed, we can settle everything here.',
    'Send me a message here anytime, I answer within the hour.',
    'What number should I put on the carton label, the PO number?',
    '把运费加我账单里就行',
    '加个v领的款式可以吗？',
    '加个卫生检验证书，费用另算',
    '在阿里上搜我们的店铺号码就能看到',
    'Please add me as a favourite supplier in the Alibaba app.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

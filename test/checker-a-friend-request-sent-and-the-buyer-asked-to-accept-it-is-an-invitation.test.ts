import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep has already sent a friend request and asks the buyer to accept it (rules/detection/ask-contact.yaml,
// invite.add-v): Alibaba.com's chat has no friend requests, so the request is on another app even when no app is named.
// The near misses add something to an order or a note and ask the buyer to confirm it, or mention a friend who referred.
describe('a friend request sent and the buyer asked to accept it', () => {
  it.each([
    '刚加了您好友，麻烦通过一下，发您工厂视频',
    '我这边已经申请加你了，看到了点一下',
    '好友请求我已经发送了哦，同意后我们细聊',
    '添加您了，记得验证通过',
    "I've just sent you a friend request, accept it and I'll share the catalogue",
    'We already added you, please confirm so we can talk more',
    'Te mandé solicitud de amistad. Sent you a friend request too, pls accept',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '我加了您的要求到订单备注里，请确认一下',
    '已经添加您的收货地址到订单，请确认',
    '您朋友介绍的客户，价格和他一样',
    'We added your logo request to the order notes, please confirm the size.',
    'Your friend recommended us, we added you to the sample list and will confirm the date here.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

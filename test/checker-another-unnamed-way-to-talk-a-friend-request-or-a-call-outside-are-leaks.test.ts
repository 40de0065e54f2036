import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The talk moved without naming where: "any other way we can chat", "any other contact?", a friend request to accept so
// the talk goes on "there", a call or meeting arranged outside the platform, "换个地方细说", "去外面聊", "线下 meet".
describe('another unnamed way to talk, a friend request or a call outside', () => {
  it.each([
    'Is there some other way we can communicate? Messages here arrive late',
    'got another contact? easier for me',
    'I sent you a friend request just now, accept and we chat there',
    '我刚加了你好友，记得通过一下',
    'We could also set up a video meeting off the platform if you like',
    '价格这里不方便说，换个地方详细聊',
    '咱们到站外慢慢谈',
    'ok then we 线下 deal, easier',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Is there any other contact person for the shipment? The forwarder needs a name.',
    'Any other contact details for customs, like the importer tax ID?',
    'Is there any other way we can help? Just reply here.',
    'I sent you a friend request on Alibaba, please accept it and we can keep talking here.',
    '我在阿里上加了您好友，麻烦通过一下，新品会推送给您',
    '换个地方发货的话运费要重新算',
    '我们不去外面聊，就在这里沟通',
    'A call outside the platform is not allowed, so let us keep talking here.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An app's name that is the whole question asks for the buyer's account there; an app's name with "联系我 / 找我" after
// it invites, even when the name is also an ordinary word (Line, Signal) and the compact view puts a space before the
// Chinese.
describe('a messenger named alone as a question, or followed by contact-me words', () => {
  it.each([
    'Telegram?',
    'Hello friend, Viber too?',
    'vx？',
    'WA? pls',
    '钉钉？',
    '我们在泰国的同事用 Line 找我就行，ID：siam_parts22',
    '方便的话可以用 Signal 联系我，号码同上',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Line?  No, the line is for the 2023 models only; please order the new one here.',
    'Signal? The signal strength is -70 dBm on our test, see the report attached here.',
    'WhatsApp? Sorry, we only talk here on Alibaba.com.',
    '微信？不好意思，我们只在平台上沟通哈',
    '您可以用 Line 联系您自己的货代，提单我们在平台订单里上传',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

describe('asking the buyer to reply with a contact detail', () => {
  it.each([
    'The factory tour video is too big for this chat. Answer "ok" with your e-mail address and our assistant uploads it tonight.',
    'Respond with ur mobile and I can text you the bank slip',
  ])('blocks %s', (t) => expect(checker.checkLocal(t).findings.some((f) => f.category === 'ask_contact')).toBe(true));
});

describe('a tag or card that stores a social profile is a product feature', () => {
  it.each([
    'Each smart keychain can store an Instagram page link and a vCard; encoding is free above 1,000 units.',
    '这款NFC名片可以写入Facebook主页链接，1000张以上免费写码。',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it('still blocks the rep pointing to its own profile', () => {
    expect(checker.checkLocal('Search our page on Instagram and DM us there for the price list.').leak).toBe(true);
  });
});

describe('an email address is not the shipping address that excuses an ask', () => {
  it.each(['Kindly share your e-mail address so I can follow up next week.', '麻烦留一下您的邮箱地址，我们周末整理好发您。'])(
    'blocks %s',
    (t) => expect(checker.checkLocal(t).findings.some((f) => f.category === 'ask_contact')).toBe(true),
  );
  it('passes asking for the delivery address', () => {
    expect(checker.checkLocal('Please send me your delivery address and a phone for the courier.').leak).toBe(false);
  });
});

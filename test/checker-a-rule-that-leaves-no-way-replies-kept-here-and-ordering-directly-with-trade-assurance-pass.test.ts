import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A platform rule said to leave the rep no way to send a mailbox, replies kept here in so many words, "let's chat here",
// and ordering or paying directly with Trade Assurance keep the buyer on the platform. The same wording that does
// move the buyer still warns.
describe('a rule that leaves no way, replies kept here, ordering directly with Trade Assurance', () => {
  it.each([
    '按平台要求我们没法把邮箱给您，产品资料我都在这里发，请放心',
    '我们只在国际站这边回复，不提供其他联系方式，见谅',
    "We dropped WeChat last year, sorry. Let's chat here.",
    'I changed the shipping fee, so you can pay directly using Trade Assurance now',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    '邮箱发给您产品资料，请查收',
    '可以留其他联系方式吗？这里消息太慢',
    'You can pay us directly by bank transfer and skip the platform fee',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

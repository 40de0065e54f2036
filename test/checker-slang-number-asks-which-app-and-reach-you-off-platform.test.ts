import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leak = (t: string) => checker.checkLocal(t).leak;
// A rule names the ask itself; the statistical model alone is not what these cases prove.
const ruled = (t: string) => checker.checkLocal(t).findings.some((f) => f.category !== 'classifier');

describe('asking for the buyer\'s number or account in slang', () => {
  it.each([
    'leave your digits here and my guy will text you the tracking later',
    'Telegram, Signal, whatever suits you. Just give me the username.',
    'share your handle and I will add you tonight',
  ])('blocks %s', (t) => expect(ruled(t)).toBe(true));
});

describe('asking which chat app the buyer uses', () => {
  it.each([
    'Messages here arrive late for me. What apps do you usually use? I can add you there.',
    'which messenger do u prefer? i will find u',
    '请问您平时联系一般用什么软件？我去下载一个',
  ])('blocks %s', (t) => expect(ruled(t)).toBe(true));

  it.each([
    'What software do you use for the drawings? We can open DWG and STEP files.',
    '您平时画图用什么软件？我们可以接收CAD和PDF格式。',
  ])('passes design software %s', (t) => expect(leak(t)).toBe(false));
});

describe('asking how to reach the buyer away from the platform', () => {
  it.each([
    'Is there an easier way to contact you? the app on my phone keeps crashing',
    'how do I message you off Alibaba in case this chat freezes again?',
    'Can I reach you outside the platform next week? Alibaba is slow for me.',
  ])('blocks %s', (t) => expect(ruled(t)).toBe(true));

  it('passes a time to meet on the platform', () => {
    expect(leak('When is the best time to reach you here? Our QC lead will run the live video from the workshop.')).toBe(false);
  });
});

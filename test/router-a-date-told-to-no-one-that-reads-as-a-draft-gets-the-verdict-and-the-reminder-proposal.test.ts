import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A line with a deadline's kind and a day, said to no one, is offered as a reminder to track. When the model reads the
 * same line as a draft ("我们下周一 Alibaba live streaming 新品, 在我们 store 首页就能看到 🎥" is the store telling buyers
 * of its live stream) it also gets the draft check, verdict first, so a pasted draft never goes unchecked; the proposal
 * still waits for a "yes". Asking Haili for the reminder in words stays a reminder alone. The real Router with the
 * shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a stated date the model reads as a draft gets both jobs', () => {
  it.each([
    '我们下周一 Alibaba live streaming 新品, 在我们 store 首页就能看到 🎥',
    '下周三晚上我们国际站直播新款，店铺首页可以看到',
    'We go live on Alibaba.com next Wednesday with the new collection, it will be on our store homepage',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('check');
  });
});

describe('asking for the reminder in words is a reminder alone', () => {
  it.each(['提醒我：5月20日直播带岗，提前交素材', 'remind me about the live recruiting stream on June 10, materials due 5 days before'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('reminder');
    expect(got).not.toContain('check');
  });
});

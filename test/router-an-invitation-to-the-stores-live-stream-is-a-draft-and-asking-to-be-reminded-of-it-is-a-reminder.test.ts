import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A message inviting its reader to an event on a day ("周五晚上7点国际站直播新品，欢迎来直播间提问", "join us live on
 * Alibaba.com next Tuesday 3pm") tells a buyer of the day: it is a draft to check, not a case for Haili to track. Asking
 * Haili to be reminded of the same event stays a reminder. The real Router with the shipped model, checker, FAQ and
 * reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('an invitation to an event is a draft', () => {
  it.each([
    '我们下周二下午3点在国际站直播新款，欢迎准时来直播间看看',
    '本周五晚8点工厂直播，欢迎大家来直播间提问',
    'Join us live on Alibaba.com next Tuesday 3pm, we will show the new molds',
    'Live factory tour on Friday 9pm Beijing time, feel free to drop in and ask anything',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).not.toContain('reminder');
  });
});

describe('asking to be reminded of the event is a reminder', () => {
  it.each(['提醒我：5月20日直播带岗，提前交素材', 'remind me about the live recruiting stream on June 10, materials due 5 days before'])('%s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A question about a rule's window that says a day ("样品… 直播素材要提前几天交？7月2号直播的话") is answered, however the
 * model reads the day; the day may be a case to track, so a proposal may follow the answer, never stand alone. The due
 * day of a case one set, asked again ("哪天到期来着", "when was it due again?"), looks the case up. A phone case is no
 * case to cancel.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe('a rule question that mentions a day is answered', () => {
  it.each(['直播素材需要提前几天提交？我们7月2号直播的话', 'how many days before the live do materials go in? ours is on the 9th'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('answer');
  });
});

describe('a tracked case asked again for its due day is looked up', () => {
  it.each(['之前设的那个违规修改，几号到期来着？', 'the rectification one we tracked last week — when was it due again?'])('%s', async (text) => {
    expect(await kinds(text)).toEqual(['reminder']);
  });
});

describe('a phone case is no case to cancel', () => {
  it('a draft naming a clear case for a phone is checked', async () => {
    const got = await kinds('Item TPU-2291 is the clear shockproof case for Galaxy S23, TPU-2292 for the S23 Ultra');
    expect(got).toContain('check');
    expect(got).not.toContain('reminder');
  });
});

describe('a reply in straight single quotes with a dash before the question is asked about', () => {
  it('gets the verdict and the answer', async () => {
    const got = await kinds("'您方便的话把WhatsApp号码发我，我让工程师直接联系您'——这样回可以吗");
    expect(got).toEqual(expect.arrayContaining(['check', 'answer']));
  });
});

describe('a question about the rep own listing told with its figures also gets the listing check', () => {
  it.each(['我们家香薰链接价格写的0.2美金，真实要4美金左右，这样会被判虚假价格吗', '丝带链接按每厘米0.05美金标价，买家其实按卷买，这样算单位虚假吗？'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).toContain('listing');
  });
});

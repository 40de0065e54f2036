import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A reminder asked with a loose verb of nagging ("bug me", "nag me", "poke me", "催我") and a time is a reminder request,
 * also after a word that only calls for attention ("hey can u …": Haili is asked, no buyer is spoken to). "What do we
 * need to do and by when?" asks the rule for a deadline: "by when" names no day to list one's reminders by.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe('a reminder asked by a nagging verb reaches the reminders', () => {
  it.each(['yo, bug me on monday about the price tiers', 'nag me tomorrow to finish the rectification', 'hey could you poke me next wed re the live stream materials', '周四下午催我一下 把运费模板改了'])('%s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it('one that names a messenger as its subject gets the verdict as well as the proposal', async () => {
    const got = await kinds('hey can u bug me friday about cleaning the wechat id out of our signatures');
    expect(got).toContain('reminder');
  });

  it('"hey can you" before a request for the buyer\'s contact is still a draft', async () => {
    const replies = await send('hey can you send me your email so I mail the catalogue');
    expect(replies.map((r) => r.kind)).toEqual(['check']);
    expect(replies[0]!.card?.tone).toBe('danger');
  });
});

describe('"by when" asks the rule, it lists no reminders', () => {
  it.each(['we got named on the serious violators list, what do we need to do and by when?', 'got the warning email on April 3, what do we have to fix and by when'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toContain('answer');
    expect(replies.map((r) => r.text).join('\n')).not.toMatch(/open deadlines/i);
  });

  it('"what do I need to do before friday?" still lists them', async () => {
    expect(await kinds('what do I need to do before friday?')).toEqual(['reminder']);
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * The verb "check" names no job by itself: "Check: <a pasted product>" goes to the listing check, while "check: <a
 * reply to a buyer>" stays the draft check. "Don't let me miss the deadline" asks for a reminder, and "remind me 一下，
 * <a question>？" asks to be told a fact. The real Router with every job on PGlite, LLM off; none of these messages
 * is in a training or tuning set.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe('a bare "check" before a pasted product runs the listing check', () => {
  it.each([
    'Check this one: Folding camping chair — $0.50-$26.00/pc, MOQ 1 pc, SKU: Chair $26 / Carry bag $0.5 / Cup holder $0.8',
    'check: 不锈钢保温杯 500ml\nUS$0.02-9.80/个，起订量 1 个，运费到美国 $35/个',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('listing');
    expect(got).not.toContain('check');
  }, 30_000);

  it.each([
    'check: Dear Omar, the price is $3.20/pc for 500 pcs, MOQ 200 pcs, can ship next week.',
    'Check: Hi Ana, add me on WhatsApp +55 11 98765 4321 for the catalogue',
  ])('a reply to a buyer after it is still a draft: %s', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('check');
    expect(got).not.toContain('listing');
  }, 30_000);
});

describe('reminders asked as "don\'t let me miss", and "remind me" before a question', () => {
  it.each([
    'Two listings got flagged for rectification today. Don\'t let me miss the deadline.',
    'live recruiting show is on June 12, do not let me forget the materials',
  ])('a reminder is proposed: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  }, 30_000);

  it.each(['remind me 一下，新手任务一共有几个？', 'remind me，直播带岗的名额是多少？'])('a fact is answered: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  }, 30_000);
});

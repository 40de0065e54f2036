import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A reminder is often asked for without "remind me": "so I don't forget …", "make sure I don't miss …", "give me a
 * nudge …", "get reminded about …", "免得我忘了". A teammate's wording put to Haili for judgement ("the new guy wrote
 * '…', approve?", "实习生回了一句“…”，我感觉不太对") is a question about a draft: it gets the verdict and the rule, even
 * without a question mark. A buyer draft that only mentions not missing a date stays a draft.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a reminder asked for in other words', () => {
  it.each([
    'Flagged products from the diagnosis center this morning, set up something so I do not forget to fix them',
    'Live recruiting show on 18 June — could you make sure I don\'t miss the materials deadline?',
    'give me a nudge next Tuesday about the growth tasks',
    'Would it be possible to get reminded about the rectification before it runs out?',
    '今天收到待整改通知了，到时候免得我忘了',
    '6月10号直播带岗，别让我错过交素材',
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each([
    'Will I get reminded by Alibaba before the rectification period ends?',
    'Please confirm the PI by Friday so we do not miss the vessel on the 20th.',
  ])('is no reminder request when the platform reminds or a buyer is asked: %s', async (text) => {
    expect(await kinds(text)).not.toContain('reminder');
  });
});

describe("a teammate's wording put up for judgement", () => {
  it.each([
    ['Our intern drafted this for the auto-reply: \'Thanks for your inquiry! Tell me the quantity and I will quote you here.\' Approve?', false],
    ['New hire asked me if this is fine: \'Could you share your delivery address so we can calculate freight?\' I think so, just want to be sure', false],
    ['实习生回了一句“我们官网上价格更便宜，您可以去看看”，我感觉不太对，说不清哪里有问题', true],
  ] as const)('gets the verdict on the quote and the rule: %s', async (text, leaks) => {
    const replies = await send(text);
    const got = replies.map((r) => r.kind);
    expect(got).toContain('check');
    expect(got).toContain('answer');
    const verdict = replies.find((r) => r.kind === 'check')!;
    expect(verdict.card?.tone === 'danger' || verdict.card?.tone === 'warning').toBe(leaks);
  });

  it('a buyer draft that ends "approve?" about the buyer\'s own artwork is still a draft', async () => {
    const got = await kinds('Hi Maria, the logo proof is attached in this chat. If the colours look right, please approve so we can start printing.');
    expect(got).toContain('check');
    expect(got).not.toContain('answer');
  });
});

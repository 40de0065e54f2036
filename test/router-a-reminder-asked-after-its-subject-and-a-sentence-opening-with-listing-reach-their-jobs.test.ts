import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A rep often says what a reminder is about, or when, before asking for it ("Price fixes due Thursday — ping me
 * Wednesday", "直播素材周五要交，前一天叫我一下"); such a message is a reminder request wherever the ask stands. Someone
 * else doing the reminding ("will Alibaba remind me …?", "客户提醒我…") or a reminder asked of a buyer is not.
 * A message that merely starts with the word "Listing" is a sentence, not the listing command. A question
 * about a quoted text asking what it risks ("— any issue?", "what will happen") gets the verdict and the answer.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a reminder request after its subject or its time', () => {
  it.each([
    'Price fixes for the 3 flagged products due Thursday — remind me Wednesday afternoon',
    'ok so the growth tasks window closes soon, remind me next Monday to check the numbers',
    'haili, end of the quarter remind me to renew the gold supplier membership',
    'Live session materials: ping me tomorrow about uploading them',
    '直播素材周五要交，前一天叫我一下',
    '整改的那几款，后天上午提醒我再核对一遍',
    'fri am pls: re-upload the main images for the lamp listings',
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each([
    'Will Alibaba remind me to rectify before the products get delisted?',
    'Does the platform send a reminder email when my violation fix is almost due?',
    '后台会不会通知我直播素材快到截止了？',
    '客户提醒我尾款还没到，怎么回他比较好？',
    'Once the deposit is in, please remind me so I can book the container for you.',
    'Samples are packed, ping me on WhatsApp tony_fac when they should go out.',
  ])('is not a reminder request when someone else reminds or a buyer is addressed: %s', async (text) => {
    expect(await kinds(text)).not.toContain('reminder');
  });
});

describe('"Listing" at the start of a sentence is no command', () => {
  it('a quote to a buyer that opens with "Listing price" is checked as a draft', async () => {
    const got = await kinds('Listing price is FOB Xiamen, CIF Hamburg adds 0.22 usd per set. MOQ 300 sets, fine for you?');
    expect(got).toContain('check');
    expect(got).not.toContain('listing');
  });

  it('a question that opens with "Listing" is answered', async () => {
    const got = await kinds('Listing a $0.01 gift-wrap SKU next to the real product, does that break the price rules?');
    expect(got).toContain('answer');
    expect(got).not.toContain('listing');
  });

  it('"listing:" with a colon still sends the paste to the listing check (not enabled in this router, which says so)', async () => {
    const replies = await send('listing:\nBamboo cutting board 38x28\n$2.10\n500 pcs min');
    expect(replies.map((r) => r.kind)).toEqual(['error']);
    expect(replies[0]!.text).toMatch(/listing check is not enabled|商品检查功能没有开启/);
  });
});

describe('a quoted text asked about by what it risks', () => {
  it.each([
    "Before I reply: 'the invoice will be in the order page by Monday' — any issue?",
    "we told a buyer 'text me at line id pat_77 for the catalog', what will happen now",
    '我们签名只写了 Kind regards, Mia, Export Dept. 可以吧',
  ])('gets the verdict on the quote and the answer: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).toContain('answer');
  });
});

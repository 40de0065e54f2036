import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A question asked in words rather than by its form ("I was wondering if we can …", "Wondering whether the 14 day window
 * counts weekends", "…, what exactly do we need to fix", "想知道…是不是…") asks Haili: it gets the answer, and a deadline's
 * kind with a day in it is no case stated to track. The same words said to a buyer ("wondering if you could send …",
 * "想跟您确认一下…") stay drafts. The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a question asked in words', () => {
  it.each([
    'I was wondering if we can put our website on the product images',
    'Wondering whether the 14 day window counts weekends',
    'Our store got a warning email yesterday, what exactly do we need to fix',
    'I want to know if we can list a product with a price of $0.01 for the sample',
    '想问一下签名档放官网链接算不算违规',
    '想确认下新手任务是不是30天内完成',
  ])('is answered and gets no reminder proposal: %s', async (text) => {
    const k = await kinds(text);
    expect(k).toContain('answer');
    expect(k).not.toContain('reminder');
  });

  it.each([
    'I was wondering if you could send the samples by DHL this week.',
    'Hi Tom, just wondering whether the goods arrived safely? Best regards',
    '想跟您确认一下发货地址是不是上次那个',
    '我想知道您这边是不是需要CE证书',
  ])('said to a buyer stays a draft: %s', async (text) => {
    expect(await kinds(text)).toContain('check');
  });
});

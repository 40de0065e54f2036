import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A rep telling Haili about their own listing with its figures (a price per unit, a range, an MOQ, a shipping fee, a
 * product's options in a row), whether asked as a question or said as a statement, gets the listing check: the figures
 * are the page's, and only the listing check reads them against the rules on false prices, MOQ and shipping. A question
 * is still answered and a draft still gets its verdict, whichever job the router took the message for. A quotation
 * written to a buyer, or a question about the rules with no figures of the rep's own, gets no listing check. The real
 * Router with the shipped model, checker, FAQ and listing check on PGlite.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe("the rep's own listing told with its figures", () => {
  it.each([
    // asked as a question about the rep's product or link
    '我们这个不锈钢水杯 $0.5/个，起订 1 个，挂上去会不会被判虚假价格？',
    '新上的一个品，价格区间 $0.1-$80，因为规格太多只能这么写，行不行',
    '链接里起订量写的是 1 件，其实我们 300 件起做，先这样放着可以吗',
    'Our listing shows MOQ 1 pc but we really start at 300 pcs, is that a problem?',
    // a product's options in a row, with no MOQ
    'Gift box set — small $3.20, medium $4.10, greeting card $0.01, ribbon $0.02 — do we need to change anything?',
  ])('gets the listing check beside its own job: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('listing');
    // the listing check is added to the job's reply, never put in its place
    expect(got.some((k) => k === 'answer' || k === 'check')).toBe(true);
  });

  it('said as a statement, with no question left to answer, it gets the listing check', async () => {
    expect(await kinds('这条链接运费我设成了 $300/件，货才 $2，就是想让买家先来询盘')).toContain('listing');
  });

  it('a question about the own listing is still answered', async () => {
    expect(await kinds('我这个是工业级的水泵 $2600/台 MOQ 1台，发布时提示价格异常，怎么办')).toEqual(expect.arrayContaining(['answer', 'listing']));
  });
});

describe('no listing check', () => {
  it.each([
    // questions about the rules with no figures of the rep's own listing
    '价格区间写得很宽会被判虚假价格吗？',
    'What counts as a false MOQ on a listing?',
    '运费设得比货值高很多算违规吗',
  ])('for a question about the rules: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('listing');
  });

  it.each([
    'Hi Maria, our price is $3.5/pc for 1000 pcs and the MOQ is 500 pcs. Let me know if you need samples.',
    '亲，这款 $2.8/个，起订 500 个，您看可以吗？',
    // tied to the rep's own product as a listing's figure would be, but said to the buyer
    'Dear Ahmed, we set the price of this product at $4.20/pc, so you can place the order directly on the link.',
    '您好，我们这个链接运费设的是 $15/件，您下单后我们马上安排发货。',
  ])('for a quotation written to a buyer: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).not.toContain('listing');
  });

  it('for a quotation to a buyer put to Haili in quotes', async () => {
    const got = await kinds('Can we put this in our auto-reply? "Hi there, the price of our LED bulbs is USD 1.20 per piece, MOQ 300 pcs."');
    expect(got).toContain('check');
    expect(got).not.toContain('listing');
  });
});

describe('where the listing check is off', () => {
  const plain = replyKinds(localRouterPerFile());
  it('a question about the own listing gets its answer and no notice that the check is off', async () => {
    const got = await plain('我们这款蓝牙耳机 $1.5/个，比同行低一半，挂上去会不会被判虚假价格？');
    expect(got).toContain('answer');
    expect(got).not.toContain('error');
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A message about listings is told apart by what it holds, not by its heading. One that asks what the rules are (with a
 * "Listing:" heading or not, with a question mark or asked in words) is a question: it is answered and gets no listing
 * check, since there is no page in it. A pasted listing (a title, prices per tier or SKU, an MOQ) with a question is a
 * listing and gets the listing check. A question that tells the rep's own page's figures ("ours shows 2 sets") is
 * answered and those figures get the listing check too. The wordings are invented, in no corpus. The real Router with the
 * shipped model, checker, FAQ, reminders and listing check on PGlite.
 */
const kinds = replyKinds(localRouterPerFile({ listing: true }));

describe('a question about the rules on listings', () => {
  it.each([
    // a heading over a question asked in words, no question mark
    'listing: 起订量写得很低会被怎么处罚',
    'Listing：阶梯价之间差多少算异常',
    'Listing: what is the rule for pricing a sample differently from bulk',
    // with a question mark, with or without the heading
    'Listing: can the price unit be per gram for hair extensions?',
    'listing question - is a gift SKU far cheaper than the main item allowed?',
  ])('is answered with no listing check: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('listing');
  });
});

describe('a pasted listing with a question', () => {
  it.each([
    'Listing:\nLED panel light 60x60 40W\n100-499 pcs $6.80\n500+ pcs $0.90\nMOQ 1 pc\n这样有问题吗',
    'listing: 不锈钢保温杯 500ml\n价格 $0.01-$5.20\n起订量 1 个\n运费 $45\n会被判虚假价格吗',
  ])('gets the listing check: %s', async (text) => {
    expect(await kinds(text)).toContain('listing');
  });
});

describe("a question telling the own page's figures", () => {
  it.each([
    'Quick one about listings — is a low MOQ a problem? ours shows 2 sets, the real minimum is 200',
    'our page says 1 pc but the real MOQ is 300 pcs, is that a fake MOQ?',
  ])('is answered and the figures get the listing check: %s', async (text) => {
    expect(await kinds(text)).toEqual(expect.arrayContaining(['answer', 'listing']));
  });
});

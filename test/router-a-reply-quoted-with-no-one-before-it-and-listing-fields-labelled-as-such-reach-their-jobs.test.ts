import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Two ways a rep puts their own text before Haili without saying "I": a reply quoted at the start of a question or
 * after an "if" ("回复'…'会扣分吗", "要是回“…”算违规吗", "replying '…', ok?") is the asker's draft, so it gets the verdict
 * beside the answer; a listing's fields introduced as such ("产品信息：", "Product info:") with a price written after its
 * currency code ("单价 USD 0.8-1.2") are the asker's listing, so they get the listing check. A question about the rules
 * that names the fields but gives no figures is only answered. The real Router on PGlite, LLM off.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe('a reply quoted with no one before it gets the verdict and the answer', () => {
  it.each([
    "回复'我们的Instagram主页有更多款式'会被扣分吗？",
    '要是回“我们官网上图片更全”算违规吗',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).toContain('answer');
  });

  it('and a compliant one is judged too, not only answered', async () => {
    const got = await send('回复“欢迎在平台上继续沟通”没问题吧？');
    expect(got.map((r) => r.kind)).toEqual(expect.arrayContaining(['check', 'answer']));
    expect(got.find((r) => r.kind === 'check')?.card?.tone).toBe('ok');
  });
});

describe('listing fields introduced as such get the listing check', () => {
  it.each([
    '车灯 H4 商品信息：价格 USD 3-4/个，MOQ 10个，快递。有问题吗？',
    '商品信息：MOQ 1件，价格 USD 0.5。会不会违规',
    'product info: MOQ 1 pc, price USD 0.50. will this get flagged?',
    'Item details: MOQ 2 sets, price USD 1-300/set. is that a fake price?',
  ])('%s', async (text) => {
    expect(await kinds(text)).toContain('listing');
  });

  it('a rules question that names the fields but gives no figures is only answered', async () => {
    const got = await kinds('商品信息里的价格区间应该怎么填才合规？');
    expect(got).toContain('answer');
    expect(got).not.toContain('listing');
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';

/**
 * A quote the message says is the policy material's own ("the slide says '…'", "PPT第8页写着“…”", "议程里有一条「…」")
 * is asked about: the question gets the FAQ's answer or decline, and the quote no draft verdict nor the off-platform rule
 * in place of an answer. This holds when the quote is the briefing's words rendered in other words (an English line of a
 * Chinese slide) and when the question asks what breaking it costs. The store's own page, rule or notice, and the rep's
 * reply, stay drafts to judge. The real Router, FAQ and PGlite.
 */
const send = localRouterPerFile();

describe('a quote said to be the briefing, its slides or its agenda', () => {
  it.each([
    "the slide says 'corporate withdrawals from as little as 0.125%' — is there a maximum fee?",
    "The deck reads 'newcomer tasks within 30 days' - what happens if we need 35?",
    '议程里有一条「金品商家0元专享直播带岗」，没报名的商家会被扣分吗',
    'PPT第8页写着“方便灵活，可提至法人银行卡”，提到法人卡要多久到账',
  ])('%s → the answer or the decline alone, no draft verdict', async (text) => {
    const replies = await send(text);
    const kinds = replies.map((r) => r.kind);
    expect(kinds).toContain('answer');
    expect(kinds).not.toContain('check');
  });

  it.each([
    ['我们店铺的规则写着“加微信领优惠券”，这样会被罚吗', 'danger'],
    ["our store policy page says 'add us on WhatsApp for after-sales' — is that a violation?", 'danger'],
    ["I told the buyer 'please email me at ken.li@163.com for the catalogue' — is that ok?", 'danger'],
  ])('%s → still judged as the store’s own words', async (text, tone) => {
    const replies = await send(text);
    expect(replies[0]).toMatchObject({ kind: 'check', card: { tone } });
    expect(replies.map((r) => r.kind)).toContain('answer');
  });
});

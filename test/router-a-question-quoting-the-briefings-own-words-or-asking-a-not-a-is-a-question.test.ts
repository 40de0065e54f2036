import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * A question that quotes the briefing's own words ("议程里的“商家提效工具速递”讲了什么？", "the 'within hours' promise")
 * quotes the policy, not a draft: it gets the answer (or the decline) the same words get from `haili ask`, with no
 * draft verdict in front. A Chinese A-not-A ("…会不会影响流量") asks without 吗 or a question mark, so a date in it makes
 * it no reminder request. A quoted reply the rep asks to send still gets its verdict. The real Router, FAQ and PGlite.
 */
const send = localRouterPerFile();
const faq = createPolicyFaq({ llm: null });

describe('a question quoting the briefing', () => {
  it.each([
    '简报里写的“商家提效工具速递”都介绍了哪些工具？',
    "What exactly does the 'arrives within hours' line mean for withdrawals on a Sunday?",
    '“讲师使用规则重点强调”这部分讲了哪些规则？',
  ])('%s → the answer alone, as ask gives it', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['answer']);
    expect(replies[0]!.card?.tone === 'warning').toBe(faq.askLocal(text).declined);
  });

  it('the briefing holds a phrase in either language, and not a phrase it never says', () => {
    expect(faq.quotesBriefing('商家提效工具速递')).toBe(true);
    expect(faq.quotesBriefing('arrives within hours')).toBe(true);
    expect(faq.quotesBriefing('add my WhatsApp for the catalogue')).toBe(false);
    expect(faq.quotesBriefing('我们')).toBe(true);
    expect(faq.quotesBriefing('的')).toBe(false);
  });

  it('a reply quoted to be sent is still checked, whatever words it shares with the briefing', async () => {
    const replies = await send('这样回可以吗：“您好，加我微信 zhang_88 详聊”');
    expect(replies[0]).toMatchObject({ kind: 'check', card: { tone: 'danger' } });
  });

  it('an A-not-A question with dates is a question, not a reminder request', async () => {
    const replies = await send('5月2日开通的店，前几天星级显示0星会不会影响曝光');
    expect(replies.map((r) => r.kind)).toContain('answer');
    expect(replies.map((r) => r.kind)).not.toContain('reminder');
  });
});

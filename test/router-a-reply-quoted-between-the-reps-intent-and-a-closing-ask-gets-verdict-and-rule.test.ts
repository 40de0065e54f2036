import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import type { Reply } from '../src/core/types.js';

/**
 * "我想回客户：<reply>，行不行", "Can I say: '<reply>'?", "ok so this is what i want to send: <reply>": the rep's intent
 * and the closing ask sit on either side of the reply. The reply gets its verdict and the question the rule; a buyer's
 * own "…，可以吗？" after a colon stays a draft. The real Router, checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const shape = (replies: Reply[]) => replies.map((r) => `${r.kind}/${r.card?.tone ?? ''}`);

describe('a reply quoted between the rep’s intent and a closing ask', () => {
  it.each([
    ['我想回客户：抱歉哈，我们只在阿里上沟通，样品视频我直接在这里发给您，行不行', 'ok'],
    ['我想回客户：这个问题电话里说得清楚些，您留个手机号我打给您，行不行', 'danger'],
    ["Buyer already paid the deposit. Can I say: 'Please add my WhatsApp +86 139 0571 2283 so we talk faster'?", 'danger'],
    ['ok so this is what i want to send:\n\nHi Sarah, the test report is uploaded in this chat, please check page 3 for the lead result.', 'ok'],
  ])('%s → verdict %s, then the rule', async (text, tone) => {
    const replies = await send(text);
    expect(shape(replies)[0]).toBe(`check/${tone}`);
    expect(replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('a buyer draft that ends by asking the buyer stays a draft', async () => {
    const replies = await send('Note: we can ship the 500 pcs next Tuesday by sea, 可以吗？');
    expect(shape(replies)).toEqual(['check/ok']);
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import type { Reply } from '../src/core/types.js';
import { classify } from '../src/core/intent.js';
import { createJobClassifier } from '../src/routing/index.js';

/**
 * A rep asks about a reply in ways the frames once missed: in Traditional characters (這樣回OK嗎), with a dash or an
 * arrow between the ask and the reply, with the reply pasted as "> " lines (the rep quoting their own text, not a
 * buyer's), inside ‹ › or « », after "would this get flagged?", or with the copula dropped ("this ok?"). The reply gets
 * its verdict and the question the rule. The real Router, checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const jobs = createJobClassifier();
const shape = (replies: Reply[]) => replies.map((r) => `${r.kind}/${r.card?.tone ?? ''}`);

describe('a question about a reply, however it is framed', () => {
  it.each([
    ['這段回覆可以嗎：「您好，我們的微信號是 lin_tools88，方便的話加一下」', 'danger'],
    ['我這樣回OK嗎：「樣品照片我直接在阿里旺旺傳給您，請查收」', 'ok'],
    ['这样发行不行 —— 您把邮箱留给我，我把目录发过去', 'danger'],
    ['这条ok吗 —— 样品周五发DHL，运单号会更新在订单里', 'ok'],
    ['can I send this?\n> Add me on WhatsApp +44 7700 900123 and I will send the video', 'danger'],
    ['> Sure, the invoice is attached here in the chat.\n> Best, Ken\nthis ok?', 'ok'],
    ['Would it be fine to write «our factory WeChat is zhang_tools» in the reply?', 'danger'],
    ['Would this get flagged? Our wechat is abc_tools123, add me for the catalog', 'danger'],
  ])('%s → verdict %s, then the rule', async (text, tone) => {
    const replies = await send(text);
    expect(shape(replies)[0]).toBe(`check/${tone}`);
    expect(replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('the jobs get the message and its quoted reply in the characters they were typed in', () => {
    const intent = classify('這段回覆可以嗎：「您好，我們的微信號是 lin_tools88」', { isReminderCommand: false, verdict: () => 'block', jobs });
    expect(intent).toMatchObject({ job: 'ask', text: '這段回覆可以嗎：「您好，我們的微信號是 lin_tools88」', quoted: { text: '您好，我們的微信號是 lin_tools88' } });
  });

  it('an alarm asked for a day is a reminder request', async () => {
    const replies = await send('could you set an alarm for Friday so I resubmit the rectification');
    expect(replies.map((r) => r.kind)).toContain('reminder');
  });
});

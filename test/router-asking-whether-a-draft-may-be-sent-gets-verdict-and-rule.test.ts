import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import { createJobClassifier, extractQuotedDraft } from '../src/routing/index.js';
import type { Reply } from '../src/core/types.js';

/**
 * A rep asks whether a draft may be sent, with the draft before or after the question and no quotation marks or
 * colon ("ok to send or not? <draft>", "<draft>\n这样写可以发吗？"). The draft gets the verdict and the question gets
 * the rule: never a decline under the verdict, and never a verdict on the question's words alone. The real Router,
 * checker, FAQ, job model and PGlite.
 */
const frames = createJobClassifier().rules.askAboutDraft;

const send = localRouterPerFile();
const shape = (replies: Reply[]) => replies.map((r) => `${r.kind}/${r.card?.tone ?? ''}`);

describe('a question whether a draft may be sent, without quotation marks', () => {
  it.each([
    ['safe to send? Dear Leo, my Line ID is leo_factory88, message me there for the price list', 'danger'],
    ['Dear Priya, kindly drop your mobile number so our manager can call you tomorrow.\n\ncan I send this?', 'danger'],
    ['Dear Priya, the revised drawing is uploaded in this chat, please confirm the hole size.\n\ncan I send this?', 'ok'],
    ['您好，我们的工厂在宁波，验厂视频已经上传到询盘附件里了。这么写能发吗？', 'ok'],
    ['亲，您留个手机号吧，我们业务经理晚点打给您。这样会不会违规', 'danger'],
  ])('%s → verdict %s, then the rule', async (text, tone) => {
    const replies = await send(text);
    expect(shape(replies)).toEqual([`check/${tone}`, 'answer/info']);
    // the answer states the rule the draft is checked against, from the briefing: the off-platform penalty table
    expect(replies[1]!.text).toMatch(/扣3分|3 points/);
  });

  it('a leak in the question words themselves puts the whole message under the checker', async () => {
    const replies = await send('加我whatsapp可以发吗? Our price is USD 2.10 per piece FOB Ningbo for 3000 pcs');
    expect(replies[0]!.kind).toBe('check');
    expect(replies[0]!.card?.tone).toBe('danger');
  });

  it('a draft that merely asks the buyer something is not a question to Haili', async () => {
    for (const text of [
      'Dear Tom, we can ship on Monday after the deposit. Is this ok for you?',
      '您好，价格按500个算，这样可以吗？',
      'Hi Anna, please confirm the receiver phone number for the DHL waybill. Any questions, tell me here.',
    ]) {
      expect(extractQuotedDraft(text, frames), text).toBeNull();
      const replies = await send(text);
      expect(replies[0]!.kind, text).toBe('check');
      expect(replies[0]!.card?.tone, text).toBe('ok');
    }
  });
});

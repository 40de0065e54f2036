import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import type { Reply } from '../src/core/types.js';

/**
 * A draft that asks the buyer something and then gives a contact as a field ("Shall we talk tonight? WeChat ID:
 * kelly_trade88") can look like a question to Haili quoting a reply after a colon. The clean value alone must not make
 * a leaking draft "OK to send": where only a colon told the quote apart, and the whole text leaks while the value alone
 * would not, the whole text is judged. A real question about a reply after a colon is still judged on the reply alone.
 * The real Router, checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const firstTone = (replies: Reply[]) => {
  const check = replies.find((r) => r.kind === 'check');
  return check?.card?.tone ?? 'none';
};

describe('a contact value after a colon', () => {
  it.each([
    'Shall we talk tonight? WeChat ID: kelly_trade88',
    'Could we do a quick call later? Skype name: mark.lin.outdoor',
    '方便语音聊吗？微信号：sunny_led_2022',
  ])('%s is judged whole and does not pass', async (text) => {
    expect(firstTone(await send(text))).not.toBe('ok');
  });

  it.each([
    '客户要我微信，我这样回可以吗：抱歉平台规定不能加微信，有事这里说就行',
    'The buyer asked for my WhatsApp, can I reply: Sorry, we only talk here on Alibaba chat',
  ])('a question about a clean reply after a colon still passes: %s', async (text) => {
    expect(firstTone(await send(text))).toBe('ok');
  });
});

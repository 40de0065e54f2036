import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import type { Reply } from '../src/core/types.js';

/**
 * "Check my reply pls: <reply>", "check this before I send → <reply>" open with the command word but are sentences
 * asking about a reply: the reply gets its verdict and the question the rule. A bare "check: <draft>" or "检查：…" is
 * the command and gets the verdict alone. The real Router, checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const shape = (replies: Reply[]) => replies.map((r) => `${r.kind}/${r.card?.tone ?? ''}`);

describe('check, said in a sentence about a reply', () => {
  it.each([
    ['Check my reply please: Could you confirm the receiver phone for the DHL waybill? Order 8812', 'ok'],
    ['check this before I send -> sure, add me on Telegram @lin_parts and I send the video', 'danger'],
    ['Check my draft: Hi Omar, my WhatsApp is +971 50 123 4567, text me anytime', 'danger'],
  ])('%s → verdict %s, then the rule', async (text, tone) => {
    const replies = await send(text);
    expect(shape(replies)[0]).toBe(`check/${tone}`);
    expect(replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it.each([
    ['check: Please add my WhatsApp +44 7700 900123', 'danger'],
    ['检查：您好，样品周五发DHL，单号在订单里', 'ok'],
  ])('the bare command %s → the verdict alone', async (text, tone) => {
    expect(shape(await send(text))).toEqual([`check/${tone}`]);
  });
});

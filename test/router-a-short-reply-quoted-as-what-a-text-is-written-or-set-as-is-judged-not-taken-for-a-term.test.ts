import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A short quote asked about is read as a term ("what counts as 'far off'?") unless someone said or wrote it. The text an
 * auto-reply, a signature or a greeting is written or set as ("自动回复写成'…'", "签名改成“…”", "our auto-reply reads
 * '…'"), whoever set it, is the store's own words: it gets the draft verdict beside the answer, however short. Terms
 * quoted in a question stay terms. The wordings are invented, in no corpus. The real Router with the shipped model,
 * checker, FAQ and reminders on PGlite.
 */
const kinds = replyKinds(localRouterPerFile());

describe('a reply quoted as what a text is written or set as', () => {
  it.each([
    "our auto-reply reads 'call 138 xxxx when offline' — will it get flagged?",
    "欢迎语设置成'急事加V详聊'，这样有问题吗",
  ])('gets the verdict and the answer: %s', async (text) => {
    expect(await kinds(text)).toEqual(expect.arrayContaining(['check', 'answer']));
  });
});

describe('a term quoted in a question', () => {
  it.each(["is 'store blocking' permanent?", '“潜力品”是什么'])('is answered alone: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('check');
  });
});

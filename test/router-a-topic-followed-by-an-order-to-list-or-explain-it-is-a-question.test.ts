import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';

/**
 * A topic first and the order to tell it after ("the newbie tasks for stores opened after 1 May — list them pls",
 * "直播带岗的报名要求，列一下"): Haili is told to tell a rule, as "list the …" opening the message does, so the answer
 * comes, never a reminder proposal for a month named in the topic. A case stated with its day and "list it" after it
 * stays a case to track, and a rep telling a buyer they can list the colours stays a draft. The real Router and PGlite.
 */
const send = localRouterPerFile();

describe('a topic followed by an order to list or explain it', () => {
  it.each([
    'the newbie tasks for stores opened after 1 May — list them pls',
    'star level benefits after the May change: list them all',
    '直播带岗的报名要求，列一下',
    '5月以后新开通商家的新手任务 讲讲',
  ])('%s → the answer, no reminder proposal', async (text) => {
    const kinds = (await send(text)).map((r) => r.kind);
    expect(kinds).toContain('answer');
    expect(kinds).not.toContain('reminder');
  });

  it('a case with its day and "list it" is still offered as a reminder', async () => {
    const kinds = (await send('rectification for P88 flagged on June 2, list it')).map((r) => r.kind);
    expect(kinds).toContain('reminder');
    expect(kinds).not.toContain('answer');
  });

  it('a rep offering a buyer to list the colours is a draft', async () => {
    const replies = await send('Hi Anna, we stock red, navy and olive, and I can list them all in the PO');
    expect(replies[0]!.kind).toBe('check');
    expect(replies.map((r) => r.kind)).not.toContain('answer');
  });
});

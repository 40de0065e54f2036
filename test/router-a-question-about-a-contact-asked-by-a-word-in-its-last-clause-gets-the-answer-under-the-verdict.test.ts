import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';

/**
 * A question about leaking a contact, asked to no one by a question word in its last clause with no mark after it
 * ("我们已经在名单上了，下次再发微信号会扣多少分", "邮箱写成 sales at abc dot com，系统抓得到不"), reads as a draft to the model (a contact
 * word, no question mark): it gets the verdict first and, under it, the answer or the decline, as it does with a
 * question mark. A draft to a buyer that ends in a question word ("您好，加我微信 abc123，您要多少") gets the verdict alone.
 * The real Router, FAQ and PGlite.
 */
const send = localRouterPerFile();

describe('a question about a contact asked by a word in its last clause', () => {
  it.each(['我们已经在名单上了，下次再发微信号会扣多少分', '我把微信号写成 w-e-i-x-i-n 拆开发，系统查得到不', '我们把邮箱写成 sales at abc dot com，系统抓得到不'])(
    '%s → the verdict, then the answer or the decline',
    async (text) => {
      const kinds = (await send(text)).map((r) => r.kind);
      expect(kinds[0]).toBe('check');
      expect(kinds).toContain('answer');
    },
  );

  it('a draft to a buyer that ends in a question word gets the verdict alone', async () => {
    const replies = await send('您好，加我微信 abc123，目录发您，您要多少');
    expect(replies[0]).toMatchObject({ kind: 'check', card: { tone: 'danger' } });
    expect(replies.map((r) => r.kind)).not.toContain('answer');
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';

/**
 * A message with a listing's figures that calls the buyer by a title ("Sir,", "Madam,", "老板，") talks to someone: a page
 * pasted for checking greets no one, so however the model reads the figures, such a message gets the draft verdict (with
 * the listing check when the model reads it as a listing). rules/routing cues.greeting holds the titles.
 */
const send = localRouterPerFile({ listing: true });

describe('a buyer called by a title gets the draft verdict', () => {
  it.each([
    '老板，我们这款 $2.5/个 是含运费的价格，别家 $0.8 的运费另算 $30',
    'Sir, that $1.99 listing from the other supplier is the fake-low-price trick; shipping then shows $89. Our $3.20 is the real price.',
    'Madam, our $4.10 unit price includes the gift box; the $0.99 ones online leave it out.',
  ])('%s', async (text) => {
    const replies = await send(text);
    expect(replies[0]!.kind).toBe('check');
  });

  it('a pasted page that greets no one still gets the listing check alone', async () => {
    const replies = await send('不锈钢保温杯 500ml\nUS $0.50 - $3.20 / 个\n起订量：1 个\n运费：$89');
    expect(replies.map((r) => r.kind)).toEqual(['listing']);
  });
});

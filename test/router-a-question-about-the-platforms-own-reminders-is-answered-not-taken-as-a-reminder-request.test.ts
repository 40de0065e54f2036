import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';

/**
 * The platform's own reminders, named as the briefing names them (the one-on-one reminders warned merchants get by
 * email or from their partner), asked about ("预警商家的一对一提醒一直到几月底", "the one-on-one reminders for warned
 * stores run until when"): the FAQ's answer, never a reminder proposal made of the month in the question. A request to
 * be reminded that mentions such a reminder ("remind me on May 2 about the one-on-one reminder call") stays a request.
 * The real Router, FAQ and PGlite.
 */
const send = localRouterPerFile();

describe("a question about the platform's own reminders", () => {
  it.each(['预警商家的一对一提醒一直到几月底', 'warned stores one-on-one reminders go on till what month'])('%s → the answer, no proposal', async (text) => {
    const kinds = (await send(text)).map((r) => r.kind);
    expect(kinds).toContain('answer');
    expect(kinds).not.toContain('reminder');
  });

  it('a request to be reminded of such a call is still a reminder request', async () => {
    const kinds = (await send('remind me on May 2 about the one-on-one reminder call')).map((r) => r.kind);
    expect(kinds).toContain('reminder');
    expect(kinds).not.toContain('answer');
  });
});

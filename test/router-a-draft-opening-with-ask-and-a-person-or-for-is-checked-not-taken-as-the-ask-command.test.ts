import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import { classify } from '../src/core/intent.js';
import { createJobClassifier } from '../src/routing/index.js';

/**
 * "Ask for my e-mail in your next message…", "ask your driver to call me on…": a draft to a buyer may open with the verb
 * "ask", its object a person or "for". That is a word of the sentence, not the "ask" command, so the message is routed
 * like any other and a leak in it gets its verdict, never only a policy answer. "ask: …" and "ask <a question>" stay the
 * command. The real Router, checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const jobs = createJobClassifier();
const intentOf = (text: string) => classify(text, { isReminderCommand: false, verdict: () => 'pass', jobs });

describe('"ask" opening a sentence', () => {
  it.each([
    "ask for my personal e-mail in your next message and i'll answer it, the system hides it when i type it first",
    'Ask your driver to call me on +44 7700 900123 when he arrives',
  ])('%s → the verdict comes first', async (text) => {
    const replies = await send(text);
    expect(replies[0]!.kind).toBe('check');
    expect(replies[0]!.card?.tone).not.toBe('ok');
  });

  it('with a person or "for" after it is no command', () => {
    for (const t of ['Ask your forwarder to book the container', 'ask for the invoice in the order page', 'ask him to confirm the size']) {
      expect(intentOf(t), t).not.toMatchObject({ explicit: true });
    }
  });

  it('with a colon or a question after it is still the command', () => {
    expect(intentOf('ask: how many days do named violators have?')).toMatchObject({ job: 'ask', explicit: true });
    expect(intentOf('ask how many days do named violators have')).toMatchObject({ job: 'ask', explicit: true });
  });
});

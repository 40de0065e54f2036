import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Reps write to buyers in questions ("Do you want us to …?", "Shall we keep chatting here?"). When the router is
 * unsure whether such a message is a question for Haili, and the text has a draft's form as well (it talks to
 * someone, offers, or answers its own question), it gets the draft verdict as well as the answer. A question
 * to Haili with no such form stays a single answer, and a "this or that??" question about a rule is answered,
 * not checked. A pasted listing the model half takes for a draft gets the listing check after the verdict.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('drafts phrased as questions', () => {
  it.each([
    'Do you want us to open the Alibaba.com Pay order now? USD or EUR both fine.',
    'Could we keep chatting on Alibaba? It protects both sides and I can share the factory video right here.',
    'Is it ok to pay with Trade Assurance? sure, no extra charge, same price as the quote',
  ])('gets the verdict: %s', async (text) => {
    expect(await kinds(text)).toContain('check');
  });
});

describe('questions to Haili stay questions', () => {
  it.each(['new seller tasks: 30 days or 90 days??', '15 days or 30 days for the rectification??'])('a this-or-that question is answered, not checked: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('check');
  });
});

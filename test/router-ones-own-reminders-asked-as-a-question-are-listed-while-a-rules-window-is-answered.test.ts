import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * What one has tracked, asked as a question ("did we put in anything for Monday?", "列出这周要截止的") is the reminders'
 * list; a question about a rule's window or a platform step that shares the words ("how many days do we have to fix a
 * flagged product?", "列一下整改到期后会怎样处理") is still answered. The real Router with the shipped model, checker, FAQ
 * and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe("one's own reminders asked as a question are listed", () => {
  it.each([
    'did we put in anything for Monday?',
    'have I scheduled a reminder for the live materials?',
    'what have we booked for the coming days',
    'Which of our reminders are still open?',
    'is the growth-task one already on my calendar?',
    'anything outstanding for us next week?',
    'do we have any active reminders',
    '帮我查一下下周截止的',
    '列出这周要截止的',
    '还有什么快到期的',
  ])('%s', async (text) => {
    expect(await kinds(text)).toEqual(['reminder']);
  });
});

describe("a question about a rule's window is answered", () => {
  it.each(['how many days do we have to fix a flagged product?', '列一下整改到期后会怎样处理', 'What did the platform set as the rectification window?'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });
});

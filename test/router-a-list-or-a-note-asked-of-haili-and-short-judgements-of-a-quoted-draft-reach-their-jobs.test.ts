import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Classes found on chat-t, a chat set written blind in the fourteenth session (examples here are written for the test):
 * a reminder asked as a list or a note for Haili to keep, or as a question to be put to the asker later; and a quoted
 * draft put up for judgement in a few words ("is it ok to ask '…'", "'…' ok?", "我签名档是这样的，有问题吗").
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a list, a note or a later question asked of Haili', () => {
  it.each([
    'Add to my list for Thursday: answer the two RFQs from the weekend and update the sample price',
    'put it on my list: chase the Chilean buyer for the deposit',
    'Can you make a note: re-check the tile freight template on June 3, the forwarder changes rates',
    'Tell me on Friday to look again at the MOQ on the glue listing',
    'We have 4 products pending rectification. Can you tell me when there are 3 days left?',
    'after 10 days ask me whether the Danish buyer got the samples',
    "Sunday evening: film the FollowMe video. don't let me skip it",
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it('a buyer asked to tell us is still a draft', async () => {
    const got = await kinds('Hi Tom, please tell me when the container arrives so we can plan the next order.');
    expect(got).toContain('check');
    expect(got).not.toContain('reminder');
  });
});

describe('a quoted draft put up for judgement in a few words', () => {
  it.each([
    ["Is it ok to ask 'Could you send the receiver's phone for the courier?' — the order is paid", false],
    ["'Pls add my weixin: lily_bags88, I send real photos' — is weixin ok since it is pinyin?", true],
    ["'Hi Anna, your samples ship Monday, tracking will be posted here in this chat.' ok?", false],
    ['我签名档是这样的，有问题吗？\nBest regards\nAmy Wu | Sales\nE: amy@hx-home.com', true],
  ] as const)('gets the verdict on the quote and the rule: %s', async (text, leaks) => {
    const replies = await send(text);
    const got = replies.map((r) => r.kind);
    expect(got).toContain('check');
    expect(got).toContain('answer');
    const verdict = replies.find((r) => r.kind === 'check')!;
    expect(verdict.card?.tone === 'danger' || verdict.card?.tone === 'warning').toBe(leaks);
  });
});

describe('a buyer asked whether a date or a price suits them is still a draft', () => {
  it.each([
    '您好，保温杯价格2.6美元/个，起订量300个，您看可以吗？',
    'The samples ship on 3.5 kg pallets next Monday. Is Monday ok?',
  ])('gets the verdict only: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).not.toContain('answer');
  });
});

import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * "Listing:" heading a question with no price ("Listing: what counts as a false SKU?") asks about listings; a listing
 * pasted after it is still checked, and a question that tells the rep's own page's figures ("ours shows 1 pc") gets the
 * listing check beside its answer, as any question telling its own listing does. Haili asked to keep track of one of its cases after the facts ("we opened on
 * May 3, can you keep track of the 30-day newbie tasks?") is a reminder request, as is a note ending "nudge me
 * Friday"; "remind me again, what's …" asks a fact. "帮我看看这句话发出去行不行：“…”" asks about the quoted reply: it
 * gets the verdict and the rule. Order-step questions to a buyer that never say "you" are drafts. The real Router
 * with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);

describe('"Listing:" heading a question', () => {
  it.each([
    'listing：SKU 里放一个 0.01 美元的赠品算虚假价格吗？',
  ])('is answered, not checked for prices: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('listing');
  });

  it('telling the own page\'s figures after it, it is answered and those figures are checked', async () => {
    expect(await kinds('Listing: what exactly counts as a false MOQ? ours shows 1 pc but we only ship 500+')).toEqual(expect.arrayContaining(['answer', 'listing']));
  });

  it('a listing pasted after the heading is still checked, even with a question mark in it', async () => {
    expect(await kinds('Listing:\nSteel pipe 100-999 pcs $1.20 ; 1000+ pcs $0.01 ; MOQ 1 pc?')).toContain('listing');
  });
});

describe('a reminder request said after the facts', () => {
  it.each([
    'we opened the store on May 3rd, can you keep track of the 30-day newbie tasks for us? 50 products is a lot lol',
    'Got flagged for 2 products today. Could you keep an eye on our rectification for those?',
    'Named in the monthly list again. Need every auto-reply cleaned this week, nudge me Friday.',
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each([
    'Could you keep track of the shipment for us? The vessel leaves Friday.',
    'Remind me again, what is the penalty from the 4th time for guiding buyers off-site?',
    'remind me real quick how many days a named violator has to fix things',
  ])('is no reminder request when it tracks a buyer\'s order or recalls a fact: %s', async (text) => {
    expect(await kinds(text)).not.toContain('reminder');
  });
});

describe('asking whether a quoted reply may be sent', () => {
  it.each([
    '帮我看看这句话发出去行不行：“您好，如需更多视频，请在这里留言，我们会上传到对话框”',
    '这样写发给客户可不可以：“样品费可以在大货订单里抵扣”',
  ])('gets the verdict and the answer: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).toContain('answer');
  });
});

describe('order-step questions to a buyer that never say "you"', () => {
  it.each([
    'Is the port of discharge Mersin or Izmir? And which company goes on the B/L as consignee?',
    '目的港是蒙巴萨还是达累斯萨拉姆？提单收货人写哪家公司？',
  ])('are checked as drafts: %s', async (text) => {
    expect(await kinds(text)).toContain('check');
  });
});

describe('reminder requests in plain words name their kind', () => {
  it.each([
    ['alert me when the 14 days for P200 are almost up', /rectification/i],
    ['Please add a reminder: live show 6/18, materials due 5 days before', /live recruiting/i],
    ['下周三之前要把违规的三个产品改完，到时候叫我', /待整改产品/],
  ])('%s', async (text, kind) => {
    const reply = (await send(text)).find((r) => r.kind === 'reminder');
    expect(reply?.text).toMatch(/Shall I track this\?|要我创建这个提醒吗/);
    expect(reply?.text).toMatch(kind);
  });

  it('"notify me once the payment is done" to a buyer stays a draft', async () => {
    expect(await kinds('Thanks, notify me once the payment is done')).not.toContain('reminder');
  });
});

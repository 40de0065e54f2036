import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A statement on a compliance topic that asks nothing, in form or in words ("页面运费就是实际运费，下单不会再加收",
 * "Our signature now only has the store name"), is told to a buyer as often as to Haili. When the model was unsure
 * it was no draft, it gets the draft verdict beside the answer, so a pasted draft always reaches the checker. A real
 * question stays an answer alone. The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a statement that asks nothing gets the verdict too', () => {
  it.each([
    'Our signature now only has the store name, no personal contact details',
    '我们正在申请绿色工厂认证，认证结果出来以后会放在店铺首页',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).toContain('answer');
  });
});

// The router trained on round 28 reads two of these statements otherwise: the page's freight as a listing (a writer labelled
// "运费模板按重量算的，页面上显示多少就收多少，没有另外加" a listing), so the listing job (here not enabled, so its notice) stands
// in for the answer; the certificate as a draft the briefing cannot answer, so it is one verdict (no "not covered" noise
// under a draft: router-unsure-guess-runs-both-jobs). Either way the verdict comes.
it.each([
  '页面上写的运费就是实际运费，下单以后不会再加收任何费用',
  'The green factory certificate is still being reviewed, the result will show on the store page',
])('%s gets the verdict, whichever job it went to', async (text) => {
  expect(await kinds(text)).toContain('check');
});

describe('a question to Haili stays an answer alone', () => {
  it.each(['新手任务是30天还是90天？', 'How many days do named violators have to fix their listings?'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('check');
  });
});

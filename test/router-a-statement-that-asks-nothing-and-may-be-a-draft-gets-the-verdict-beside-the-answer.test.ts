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
    '页面上写的运费就是实际运费，下单以后不会再加收任何费用',
    'Our signature now only has the store name, no personal contact details',
    'The green factory certificate is still being reviewed, the result will show on the store page',
    '我们正在申请绿色工厂认证，认证结果出来以后会放在店铺首页',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).toContain('answer');
  });
});

describe('a question to Haili stays an answer alone', () => {
  it.each(['新手任务是30天还是90天？', 'How many days do named violators have to fix their listings?'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('check');
  });
});

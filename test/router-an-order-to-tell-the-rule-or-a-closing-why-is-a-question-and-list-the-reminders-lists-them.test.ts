import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * A question need not end in a question mark: "List the tasks a new store must finish" orders Haili to tell the rule,
 * and "…后来又变成别的了，咋回事" asks why. Neither is a reminder to set, even when a deadline's kind and a date are
 * named. The reminders' own list keeps its words ("list the reminders", "show me all the reminders"). The real Router
 * with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('an order to tell the rule, or a closing "why", is a question', () => {
  it.each([
    'List the tasks a newly signed store has to finish in its first month.',
    'Explain what happens to a product that is still not fixed after the rectification window.',
    'Name the regions whose companies can join the free live hiring campaign',
    '列一下新签商家要做的几个任务',
    '讲讲站外沟通第二次被抓扣几分',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });

  it.each([
    '5月2号开通的店，前几天显示0星，现在又不显示了，咋回事',
    '我们整改期14天还没到，产品就被下架了，这是什么情况',
    'our violation fix was done on the 3rd but the product is still delisted, 怎么回事',
  ])('a case told with a closing why is asked about, not tracked: %s', async (text) => {
    const got = await kinds(text);
    expect(got).not.toContain('reminder');
  });
});

describe('the reminders\' own list', () => {
  it.each(['list my reminders', 'show me all the reminders', 'list the cases I have open', '列出我的提醒'])('%s lists what is tracked', async (text) => {
    expect(await kinds(text)).toEqual(['reminder']);
  });

  it('an order to a buyer to list things stays a draft', async () => {
    expect((await kinds('Please list the items in your order again so I can check the price'))[0]).toBe('check');
  });
});

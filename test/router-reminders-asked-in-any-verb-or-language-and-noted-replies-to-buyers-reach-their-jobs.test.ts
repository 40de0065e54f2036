import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Classes found on chat-t22, written blind in the twenty-second session (examples here are written for the test):
 * reminder requests by strangers — any verb of getting the asker's attention ("bug me", "give me a shout", "ping我"),
 * a reminder made as a thing ("create a reminder: …"), a span from now ("一小时后提醒我…"), a greeting before "can you
 * remind me"; managing reminders in words ("what's on my list?", "我的待办里…", "第二个待办完成了", "搞定了"); and a
 * reply telling a buyer their words are noted ("记下了，…", "我这边记一下您的…"), which is a draft, not a request.
 * The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a reminder asked by any verb, in either language or both', () => {
  it.each([
    'Hi, could you remind me on Tuesday to answer the Polish buyer in Alibaba chat, not on WhatsApp',
    'bug me on monday about the fake-price SKUs on the kettle listing',
    'give me a shout when the 14-day window on the lamp listing is nearly up',
    'poke me in 3 days re the rectification',
    'Please add a reminder: renew the supplier certificate at the end of the month',
    'todo fri: take the WeChat ID off the company profile',
    'Thursday 9am — chase the forwarder about the booking',
    'ping我一下 周五 要交直播素材',
    'nudge 我 下周一 看诊断中心',
    '两小时后提醒我回复那个新加坡客户：“您好，报价已更新，请在阿里旺旺查收”',
    '回头通知我一下，新手任务还差开通信保',
    '新建一个提醒：下周三之前把违规商品改完',
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });
});

describe('reminders already set, managed in words', () => {
  it.each([
    'what reminders do I have?',
    "what's on my plate for this week?",
    'anything due tomorrow?',
    "what's still open on my to-do list?",
    '我的提醒里有没有直播相关的？',
    '那条待办已经完成了',
    '整改都处理好了，关掉吧',
    'all done!',
    'finished the freight fixes, you can close it',
  ])('goes to the reminder job: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });
});

describe('a reply that tells a buyer their words are noted is a draft', () => {
  it.each([
    '记下了，我们下周二前安排寄样',
    '好的，已经记下了，月底前给您发货',
    '明白，我这边记一下您要的颜色，周四之前打样',
    'Noted, we will ship before Friday and update the tracking here.',
    // the reminding is the writer's own, or aimed at the buyer after a comma
    "Sure, I'll remind our QC team to finish the inspection by Monday.",
    '提醒下，您的尾款周三前要付清哦',
  ])('gets the verdict, not a reminder: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('check');
    expect(got).not.toContain('reminder');
  });

  it('a buyer asked to text us is still a draft', async () => {
    const got = await kinds('Hi Omar, text me when you have paid the deposit so we can start production.');
    expect(got).toContain('check');
    expect(got).not.toContain('reminder');
  });
});

describe('a question about a deadline is still answered', () => {
  it.each(['How many days do we get to fix a flagged listing?', '整改通知下来以后几天内要改完？', 'Will the platform remind me before the growth tasks run out?'])(
    'gets an answer: %s',
    async (text) => {
      const got = await kinds(text);
      expect(got).toContain('answer');
      expect(got).not.toContain('reminder');
    },
  );
});

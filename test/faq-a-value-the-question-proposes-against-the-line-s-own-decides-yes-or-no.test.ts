import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a value the question proposes is checked against the value the answering line states', () => {
  it('a part of the month: "no" with the line\'s own part when they differ, "yes" when they are the same', () => {
    expect(lead('Will the next batch of serious violators be announced in mid-May?')).toMatch(/^No\b.*late May/);
    expect(lead('第二批严重违规名单是不是5月初就公示了？')).toMatch(/^不.*5月下旬/);
    expect(lead('第二批严重违规名单是5月下旬公示吗？')).toMatch(/^是/);
  });

  it('a relative day: the store enters evaluation the day after the tasks are done, not on that day', () => {
    expect(lead('所有新手任务都完成的当天，店铺就能进入星等级评定吗？')).toMatch(/^不.*次日/);
    expect(lead('Once every starter task shows complete, is the store rated from the following day?')).toMatch(/^Yes\b/);
  });

  it('where the global account is held: a bank elsewhere than the listed branches is a no', () => {
    expect(lead('全球收款账户是开在国内银行的吗？')).toMatch(/^不.*新加坡分行/);
    expect(lead('Is the global collection account with a US bank?')).toMatch(/^No\b/);
  });

  it('a settlement day: another T+n than the line\'s is a no with the line\'s own, the same one a yes', () => {
    expect(lead('海外付款到账是T+1吗？')).toMatch(/^不.*T\+0/);
    expect(lead('overseas payments settle T+2, right?')).toMatch(/^No\b.*T\+0/);
    expect(lead('海外付款是T+0吗')).toMatch(/^是/);
  });

  it('a day proposed for an event: the day a line binds to that event decides, not a day it names in passing', () => {
    expect(lead('星等级评定开启节点变更是5月1日生效吗？')).toMatch(/^不.*5月6日/);
    expect(lead('星等级评定开启节点变更是5月6日生效吗？')).toMatch(/^是/);
    expect(lead('Does the star-level change take effect on May 1?')).toMatch(/^No\b.*May 6/);
    expect(lead('does the new star evaluation rule take effect on 6 May?')).toMatch(/^Yes\b/);
  });

  it('a question naming no value of the slot is answered as before', () => {
    expect(lead('全球收款账户开户要收费吗？')).toMatch(/^(不|没有)/);
  });
});

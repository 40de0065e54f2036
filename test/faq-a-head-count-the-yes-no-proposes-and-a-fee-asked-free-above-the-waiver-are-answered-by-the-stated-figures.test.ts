import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a head count the yes/no proposes is compared with the topic line stating one, though the lines picked state none', () => {
  it('another number of places or merchants: no, with the stated one', () => {
    expect(lead('Is the live recruiting campaign open to 1000 merchants?')).toMatch(/^No\b.*700/);
    expect(lead('直播带岗活动名额是500名吗？')).toMatch(/^不.*700/);
    expect(lead('Were 100 merchants on the April serious violators list?')).toMatch(/^No\b.*81/);
    expect(lead('4月违规名单一共是90家商家吗？')).toMatch(/^不.*81/);
  });

  it('the stated number: yes', () => {
    expect(lead('Is the live recruiting campaign limited to 700 merchants?')).toMatch(/^Yes\b/);
    expect(lead('直播带岗是不是限700家？')).toMatch(/^是/);
  });
});

describe('the part of a month above the waiver', () => {
  it('asked whether it is free: yes', () => {
    expect(lead('Is the part of our monthly withdrawals over 300,000 USD waived?')).toMatch(/^Yes\b/);
    expect(lead('本月提现超过30万美金的部分是免费的吗？')).toMatch(/^是/);
  });

  it('asked whether it is charged: no', () => {
    expect(lead('超过30万美金以上的部分还收手续费吗？')).toMatch(/^不/);
    expect(lead('We withdrew USD 350k this month: is the part above 300k charged?')).toMatch(/^No\b/);
  });
});

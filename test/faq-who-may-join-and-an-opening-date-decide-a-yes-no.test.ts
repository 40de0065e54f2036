import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('who may join: what the asker says they are, against the groups the audience line names', () => {
  it('an asker who denies every group they mention is told no, with the groups', () => {
    const a = answer('我们不是金品也不是SKA，能报名直播招聘吗？');
    expect(a).toMatch(/^不可以/);
    expect(a).toContain('活动对象');
  });

  it('English, denying one group and not mentioning the other: no, unless they are the other', () => {
    expect(answer('Our company is not a gold supplier. Are we eligible for the Zhaopin live stream?')).toMatch(/^No, unless .*SKA/);
  });

  it('a denial after a mention of another membership ("only 出口通, not 金品")', () => {
    expect(answer('We just have the basic 出口通 membership, not 金品 and no SKA status. OK to apply for the recruiting live stream?')).toMatch(/^No/);
  });

  it('naming one of the groups without denying it is yes, even next to a denied one', () => {
    expect(answer("We aren't an SKA merchant but we are a gold supplier - can we apply for the recruiting stream?")).toMatch(/^Yes: Verified Suppliers/);
    expect(answer('我们是金品商家，可以报名智联直播招聘吗')).toMatch(/^可以/);
  });
});

describe('an opening date against the date a rule starts from', () => {
  it('opened before the start date: the new tasks do not apply, and the line holding the date is quoted', () => {
    const a = answer('We went live on April 20. Do the new newbie tasks apply to us?');
    expect(a).toMatch(/^No/);
    expect(a).toMatch(/original tasks/);
  });

  it('Chinese, a day in April', () => {
    const a = answer('我们4月25号开通的服务，要做新的4个新手任务吗？');
    expect(a).toMatch(/^不/);
    expect(a).toContain('沿用原来任务');
  });

  it('opened after the start date: yes', () => {
    expect(answer('Opened our account on 10 May 2022 - do the new newcomer tasks apply to us?')).toMatch(/^Yes/);
  });
});

describe('a fee above the monthly waiver names the free part', () => {
  it('English: how much of the amount is free', () => {
    expect(answer("This month we've done 380k USD through overseas payments. How much of that is fee-free?")).toMatch(/80,000 USD above it costs nothing/);
  });

  it('Chinese', () => {
    expect(answer('本月对公提现50万美元，有多少免手续费？')).toMatch(/超出的200,000美元免费/);
  });
});

describe('colloquial English "OK to …?" / "fine if …?" is a yes/no question on permission', () => {
  it('a violation asked as "OK to" or "fine if" is answered no', () => {
    expect(answer('OK to send the buyer my WeChat QR code?')).toMatch(/^No/);
    expect(answer('Fine if we put our email in the chat signature?')).toMatch(/^No/);
    expect(answer('Safe to list a thank-you card SKU at $0.01?')).toMatch(/^No/);
  });

  it('an allowed scenario asked the same way is answered yes', () => {
    expect(answer('Okay if I ask the buyer for a phone number for the courier waybill?')).toMatch(/^Yes/);
  });
});

describe('"is something broken?" against a line saying that is what merchants will see', () => {
  it('English and Chinese, with the asker day placed in the stated span', () => {
    expect(answer('Our shop opened May 1 and shows zero stars on May 3 - is that a bug?')).toMatch(/^No: this is the expected behaviour.*May 1 is within/);
    expect(answer('我们5月2号开通的，现在星等级显示0星，是系统出错了吗？')).toMatch(/^不是，这是简报说明的正常情况/);
  });

  it('a day outside that span is not called expected', () => {
    expect(answer('We opened on May 10 and still see 0 stars on May 12. Is something broken?')).not.toMatch(/expected behaviour/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A commission, interest on a balance, a security deposit or an annual fee is a charge the briefing never names: the
// fees it does state (0开户费, 0.125%, 原价1500元 for 0元) are other charges, so they answer no such question, yes/no or
// figure. Look-alikes: the fees it states are still answered, and a buyer's interest or the European Commission asks no
// charge.
const faq = createPolicyFaq({ llm: null });
const declined = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(true);
  return a.answer;
};
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer;
};

describe('a charge of a kind the briefing never names is declined', () => {
  it('declines a commission, interest, a deposit or an annual fee, in either language', () => {
    expect(declined('Does Zhaopin charge a commission if we hire someone through the live stream?')).toMatch(/commission/);
    declined('Is there a commission on each order paid through Alibaba.com Pay?');
    declined('What interest do balances in the global collection account earn?');
    declined('Does the global account pay interest?');
    expect(declined('通过直播带岗招到人后还要给智联付佣金吗？')).toMatch(/佣金/);
    declined('全球收款账户的余额有利息吗？');
    declined('参加绿色工厂认证要交押金吗？');
  });

  it('still answers the fees the briefing states', () => {
    expect(answer('Is there a fee to open the global collection account?')).toMatch(/^No/);
    expect(answer('对公提现手续费是多少？')).toMatch(/0\.125%/);
    expect(answer('直播带岗原价多少钱？')).toMatch(/1500/);
  });

  it('asks no charge by a buyer\'s interest or the European Commission', () => {
    answer('How do we gauge buyer interest in our FollowMe videos?');
    expect(answer('Is the carbon tariff set by the European Commission?')).toMatch(/^Yes/);
  });
});

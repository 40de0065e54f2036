import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no lead answers what the question asks', () => {
  it('"A吗，还是B" leads with the yes or no of A when the line holds A clearly more than B', () => {
    expect(lead('有虚假价格的产品还能参加搜索排序吗，还是只是少一点流量')).toMatch(/^不/);
    expect(lead('在询盘邮件的签名里放了微信号，会被判拉线下吗，还是只查聊天正文')).toMatch(/^(会|是)/);
  });

  it('a question asking for confirmation with 吧 is a yes/no question', () => {
    expect(lead('发货时在站内问买家要电话填运单，这样可以吧')).toMatch(/^可以/);
    expect(lead('签名档里的联系方式，这种也算？我们觉得只是签名')).toMatch(/^(是|算)/);
  });

  it('"can my rep ask" is a permission question, answered yes by a line allowing it in that scenario', () => {
    expect(lead('After the order is placed, can my rep ask the buyer for a phone number for the courier?')).toMatch(/^Yes\b/);
  });

  it('doing what a campaign asks merchants to do is not judged a violation', () => {
    expect(lead('报名直播带岗以后要加智联服务小二的微信，这样会被判成引导站外吗？')).toMatch(/^不/);
  });

  it('a day the asker qualifies with before or after is compared as such', () => {
    expect(lead('We opened CGS service before 1 May 2022. Does the new star-level evaluation rule affect us?')).toMatch(/^No\b/);
    expect(lead('我们是2022年5月1日之前开通CGS的，会受这次星等级调整影响吗')).toMatch(/^不/);
  });

  it('"will I never be able to" is answered no by a quoted line that lifts the limit', () => {
    expect(lead('新手任务30天内没做完，星等级评定是不是永远开不了')).toMatch(/^不/);
  });

  it('a listed region is not enough when the asker says they are none of the groups the campaign is for', () => {
    expect(lead('我们在南京，只是出口通会员，不是金品也不是SKA，能报名直播带岗吗')).toMatch(/^不可以/);
    // in English too (the check for a "No" verdict once held a backspace character where \b was meant)
    expect(lead("We're in Nanjing, only a basic member, neither a Gold Supplier nor an SKA. Can we sign up for the live recruiting campaign?")).toMatch(/^No\b/);
    // a member of a listed group in a listed region still may
    expect(lead('我们是南京的金品商家，能报名直播带岗吗')).toMatch(/^可以/);
  });
});

describe('a yes/no proposing a day the briefing gives only as part of a month is declined', () => {
  it('declines "on the 27th?" against "late May", in both languages, and names what it does say', () => {
    const zh = faq.askLocal('第二批严重违规名单会在5月27日公示吗');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toContain('5月下旬');
    const en = faq.askLocal('Is the second list of serious violators going out on May 27?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/late May/);
  });

  it('still answers when the question names only the part of the month the line states', () => {
    expect(faq.askLocal('第二批严重违规名单是5月下旬公示吗').declined).toBe(false);
  });
});

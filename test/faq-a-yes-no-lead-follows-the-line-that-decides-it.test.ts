import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('the yes/no lead is decided by the line that answers the question asked', () => {
  it("a briefing FAQ's own \"不是\" answers its own question, not a question answered by one of its reasons", () => {
    expect(lead('平台会不会在没有下架任何产品的情况下直接给店铺发违规警告？')).toMatch(/^是/);
  });

  it('a line that cuts off the gains answers "will it still help" with no', () => {
    expect(lead('After this crackdown, will fake low prices still bring us extra search traffic?')).toMatch(/^No\b/);
  });

  it('a day the asker gives is checked against a stated span of days', () => {
    expect(lead('FollowMe第三期的话题，5月10日还能投稿吗？')).toMatch(/^(能|可以)/);
    expect(lead('FollowMe第三期的话题，5月20日还能投稿吗？')).toMatch(/^不/);
  });

  it('"still the old arrangement?" is the opposite of "does the new rule apply"', () => {
    expect(lead('我们4月20号开的店，新手任务是不是还按原来的那套？')).toMatch(/^是/);
    expect(lead('我们5月8号开的店，新手任务还是原来那套吗？')).toMatch(/^不/);
  });

  it('the part of the month above the waiver is not charged, whatever the modes', () => {
    expect(lead('本月对公和法人提现合计40万美金，超过30万的那部分还要手续费吗？')).toMatch(/^不/);
    expect(lead('We moved USD 450,000 out this month; is the amount over 300k charged a fee?')).toMatch(/^No\b/);
  });

  it('a length the asker states is compared with a threshold on any quoted line, and 才能 is no verb of the question', () => {
    expect(lead('断约10个月后6月续签，还得先完成新手任务才能开启评星吗？')).toMatch(/^不需要/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no proposing a value the lines state otherwise is answered no, and the same value yes', () => {
  it('a month proposed alone against a part of a month, and a span asked to run until a part of a month', () => {
    expect(lead('第二批名单会在6月公布吗？')).toMatch(/^不.*5月下旬/);
    expect(lead('Will the second batch list come out in June?')).toMatch(/^No\b.*late May/);
    expect(lead('第二批名单是5月份公示吗')).toMatch(/^是/);
    expect(lead('Does the topic submission window run until the end of May?')).toMatch(/^No\b.*May 13/);
    expect(lead('第三期话题投稿到5月中旬吗')).toMatch(/^是/);
  });

  it('a month that only dates the subject ("4月公示的商家") proposes nothing', () => {
    expect(lead('4月公示的严重违规商家会被公示吗')).not.toMatch(/简报写的是“5月下旬”/);
  });

  it('a number of sessions, and a count in listings', () => {
    expect(lead('金牌主播会连播3场吗？')).toMatch(/^不.*5场/);
    expect(lead('Does the gold host stream 5 sessions?')).toMatch(/^Yes\b/);
    expect(lead('Is the potential products task still 30 listings?')).toMatch(/^No\b.*50/);
  });

  it('还是…吗 in a clause ending in 吗 is "still": the old value is a no, even between spaced words', () => {
    expect(lead('新手任务还是5项吗')).toMatch(/^不.*4项/);
    expect(lead('新手期 现在 还是 15天 吗?')).toMatch(/^不.*30/);
  });

  it('a bank the account line does not list, against one it lists', () => {
    expect(lead('全球收款账户是渣打银行的吗？')).toMatch(/^不.*摩根大通/);
    expect(lead('Is the global account with HSBC?')).toMatch(/^No\b/);
    expect(lead('Is the global account held at Citibank?')).toMatch(/^Yes\b/);
  });

  it("where the stream runs, asked with Alibaba.com's own channel", () => {
    expect(lead("Is the recruiting stream on Alibaba.com's live channel?")).toMatch(/^No\b.*Zhaopin/);
  });

  it('a charge asked of an act a line makes free is no, "free?" is yes, and a charged act keeps its fee', () => {
    expect(lead('收到美元入账要手续费吗？')).toMatch(/^不需要/);
    expect(lead('Is there a maintenance fee for the global account?')).toMatch(/^No\b/);
    expect(lead('Is opening the global collection account free?')).toMatch(/^Yes\b/);
    expect(lead('提现到对公账户要手续费吗？')).not.toMatch(/^不/);
  });

  it('a bare "N个" of places is compared with the line\'s head count', () => {
    expect(lead('直播带岗的名额是500个吗？')).toMatch(/^不.*700名/);
    expect(lead('直播带岗名额有700个吗？')).toMatch(/^是/);
    expect(lead('新手任务是5个吗？')).toMatch(/^不.*4项/);
  });

  it('a length stated per subject is read in the clause of the subject asked, not the one compared with', () => {
    expect(lead('Does local TT collection take 1-5 working days, same as global collection?')).toMatch(/^No\b.*1-2/);
    expect(lead('本地TT收款也是1-5个工作日吗？')).toMatch(/^不.*1-2/);
    expect(lead('Does global collection take 1-5 working days?')).toMatch(/^Yes\b/);
    expect(lead('Does company verification take 1-2 working days?')).toMatch(/^Yes\b/);
  });

  it('an item set aside with "instead of" is not the item asked about', () => {
    expect(lead("Can the money go to the legal rep's personal account rather than a corporate one?")).toMatch(/^Yes\b/);
    expect(lead('能提到法人个人卡而不是对公账户吗？')).toMatch(/^能/);
  });

  it('a ladder step that does not take the measure named (closing the account) is a no; the step that does, yes', () => {
    expect(lead('引导站外第二次会被关闭账号吗？')).toMatch(/^不会/);
    expect(lead('Will my store be shut down on the 2nd off-platform offence?')).toMatch(/^No\b/);
    expect(lead('Could the account be closed on the 5th time we steer buyers off-platform?')).toMatch(/^Yes\b/);
    expect(lead('第二次引导站外会扣分吗？')).toMatch(/^会/);
  });

  it('a table row is the one the question labels; a reward another cell holds is a no for it', () => {
    expect(lead('转化榜Top10能拿到精准买家Push吗？')).toMatch(/^是/);
    expect(lead('优质榜Top10有精准买家Push吗？')).toMatch(/^没有.*提报话题/);
    expect(lead('飙升榜Top100能拿到精准买家Push吗？')).toMatch(/^没有/);
    expect(lead('优质榜Top100有精准买家Push吗？')).toMatch(/^是/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the new asks fire on their wordings in either language and not on look-alikes', () => {
  it('bank codes and account numbers', () => {
    expect(trips('bank-details', '欧洲本地账户的IBAN是多少？')).toBe(true);
    expect(trips('bank-details', "What's the routing number of the US local account?")).toBe(true);
    expect(trips('bank-details', '全球收款账户的开户行是哪家？')).toBe(false);
    // "sort", "routing" and "aba" are everyday words alone: only "sort code" / "routing number" name a bank code
    expect(trips('bank-details', "What's the sort code of the UK account?")).toBe(true);
    expect(trips('bank-details', 'our store got called out on the list - how many days do we get to sort out the products?')).toBe(false);
    expect(trips('bank-details', 'is there a routing rule for inquiries?')).toBe(false);
  });

  it('a cap per day or month, not a clock time or a cap of no period', () => {
    expect(trips('period-cap', '一天最多能分享几条视频？')).toBe(true);
    expect(trips('period-cap', 'Is there a weekly limit on submissions?')).toBe(true);
    expect(trips('period-cap', '每天几点可以汇兑？')).toBe(false);
    expect(trips('period-cap', '新品模板最多取几个商品？')).toBe(false);
  });

  it('the top or usual level of a fee, not a count', () => {
    expect(trips('fee-ceiling', '海外付款手续费最高收多少？')).toBe(true);
    expect(trips('fee-ceiling', "What's the standard rate without the discount?")).toBe(true);
    expect(trips('fee-ceiling', '新品模板默认取哪些商品？最多几个？')).toBe(false);
  });

  it('an entity type the briefing never names', () => {
    expect(trips('entity-type', '离岸公司可以申请绿色工厂吗')).toBe(true);
    expect(trips('entity-type', 'Can a sole proprietor open a Pay account?')).toBe(true);
    expect(trips('entity-type', '法定代表人提现能提到法人个人账户吗')).toBe(false);
  });

  it('a count already reached, not the count a list names', () => {
    expect(trips('live-state', 'How many sellers attended the briefing?')).toBe(true);
    expect(trips('entity-type', 'my supplier is in Switzerland — can overseas payment pay in CHF?')).toBe(false);
    expect(trips('entity-type', 'Can an overseas buyer pay us through Pay?')).toBe(false);
    expect(trips('entity-type', 'Can an individual open an Alibaba.com Pay account?')).toBe(true);
    expect(trips('entity-type', 'Could individuals sign up for the green factory label?')).toBe(true);
    expect(trips('live-state', '现在已经有多少家商家拿到标签了')).toBe(true);
    expect(trips('live-state', '目前有多少家被公示在名单上？')).toBe(false);
  });
});

describe('declined where the briefing does not say, answered where it does', () => {
  it('a SWIFT code of a receiving account', () => {
    expect(faq.askLocal('花旗香港那个账户的SWIFT code是什么').declined).toBe(true);
  });

  it('a daily cap on shares, while the monthly fee-free total is stated', () => {
    expect(faq.askLocal('SNS每天最多能分享多少条内容？').declined).toBe(true);
    expect(faq.askLocal('每月提现合计多少以上免手续费？').declined).toBe(false);
  });

  it('the highest withdrawal fee where only "as low as" is given', () => {
    expect(faq.askLocal('法人提现说低至0.3%，最高收多少？').declined).toBe(true);
  });

  it('a kind of company the briefing never names', () => {
    expect(faq.askLocal('Can a Hong Kong company open an Alibaba.com Pay account?').declined).toBe(true);
  });

  it('how many have already joined', () => {
    expect(faq.askLocal('How many merchants attended the Zhaopin livestream so far?').declined).toBe(true);
  });
});

describe('what the briefing leaves to a later notice', () => {
  it('the particulars of benefits still in preparation, in either language', () => {
    expect(trips('pending-details', '还有哪些权益在准备中？具体什么时候上？')).toBe(true);
    expect(trips('pending-details', 'Which other perks are still pending, and when will they go live?')).toBe(true);
    expect(trips('pending-details', '绿色工厂有哪些权益？')).toBe(false);
    expect(faq.askLocal('绿色工厂其他权益什么时候上线？除了列出来的还有哪些？').declined).toBe(true);
  });

  it('the winner of a survey asked with the question words far from it', () => {
    expect(trips('survey-result', 'In the poll they ran about which kind of social media posts buyers like, which answer won?')).toBe(true);
  });
});

describe('another edition than the one the briefing describes', () => {
  it('an earlier round or another month, in either language, but not the current round or how the earlier one was judged', () => {
    expect(trips('other-edition', '上一期FollowMe的话题都有哪些？')).toBe(true);
    expect(trips('other-edition', 'Who were the winners of the last season of the challenge?')).toBe(true);
    expect(trips('other-edition', '6月的发布会在哪天？')).toBe(true);
    expect(trips('other-edition', '4月商家场是几点开始？')).toBe(false);
    expect(trips('other-edition', 'The previous FollowMe challenge compared what?')).toBe(false);
    expect(faq.askLocal('上一期挑战赛是什么时候办的？').declined).toBe(true);
    expect(faq.askLocal('第三期话题招稿是什么时候？').declined).toBe(false);
  });
});

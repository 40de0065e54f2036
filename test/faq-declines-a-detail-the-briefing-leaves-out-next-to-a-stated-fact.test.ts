import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Each question sits next to a fact the briefing states (a leaderboard's rewards, a course, a bound account, a masked
// list, a linked FAQ, a takedown, a rate's formula, a standards table) but asks a detail no line holds: it is declined
// by naming what the briefing does not state, and the stated neighbour is still answered.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);

describe('a detail the briefing leaves out next to a stated fact is declined, naming what is missing', () => {
  it('a reward for something only a leaderboard rewards', () => {
    const a = ask('举报同行刷虚假低价能拿到奖励吗');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/^简报没有说明有什么奖励/);
    expect(ask('FollowMe优质榜前十能拿到什么奖励').declined).toBe(false);
  });

  it('an exam or completion certificate of a course the briefing only announces', () => {
    const a = ask('金品官方课程上完会发结业证书吗');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/考试或结业证书/);
  });

  it('how long a binding or a status stays valid, while a withdrawal fee (手续费) is still answered', () => {
    expect(ask('LinkedIn绑定的有效期是多长时间').answer).toMatch(/^简报没有说明有效期多久/);
    expect(ask('Do we have to renew the green factory label each year?').answer).toMatch(/does not state how long it stays valid/);
    expect(ask('Will our Facebook binding expire at some point?').answer).toMatch(/does not state how long it stays valid/);
    const fee = ask('对公提现的手续费是多少');
    expect(fee.declined).toBe(false);
    expect(fee.answer).toContain('0.125%');
  });

  it('who hosted the event, when the briefing names presenters only', () => {
    expect(ask('who was the MC of the april session').answer).toMatch(/does not state who hosted it/);
  });

  it('the full name behind a masked entry of the published list, while a full name the briefing states is given', () => {
    const a = ask('违规名单里al****ah那家上海公司的全称是什么');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/打码部分的完整名称/);
    expect(a.answer).toContain('al****ah');
    const stated = ask('中标院的全称是什么');
    expect(stated.declined).toBe(false);
    expect(stated.answer).toContain('中国标准化研究院');
  });

  it('what a linked document says, quoting the pointer', () => {
    const a = ask('语雀那篇FAQ里有没有写发Line号码怎么处理');
    expect(a.answer).toMatch(/^简报没有说明链接或二维码里的文档写了什么/);
    expect(a.answer).toContain('yuque.com');
  });

  it('relisting a product taken down, which the briefing never describes', () => {
    const a = ask('产品被0分下架以后还能恢复上架吗');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/重新上架/);
  });

  it('how a figure is computed, unless a line defines it (the conversion rate)', () => {
    expect(ask('绿色工厂评价里的总体绩效是怎么计算的').answer).toMatch(/^简报没有说明具体怎么计算/);
    const rate = ask('FollowMe转化率是怎么算出来的');
    expect(rate.declined).toBe(false);
    expect(rate.answer).toContain('进店进品人数/播放人数');
  });

  it('whether something is free or has a fee, when its topic states no price', () => {
    expect(ask('is there a fee to take part in the FollowMe challenge').answer).toMatch(/does not state a fee or price/);
    expect(ask('SNS智能分享是免费的吗').answer).toMatch(/^简报没有说明这项的费用或价格/);
  });

  it('where to see performance data of a feature whose topic states none', () => {
    const a = ask('SNS分享出去的帖子点击数据在哪儿查？');
    expect(a.answer).toMatch(/^简报没有说明在哪里看效果数据/);
  });

  it('which categories a measure covers when the line says only "some types", while a standard\'s categories are listed', () => {
    expect(ask('What categories does the price-range check at listing apply to?').answer).toMatch(/does not state which categories or industries exactly/);
    const listed = ask('the photovoltaic module standard is trialled in which categories?');
    expect(listed.declined).toBe(false);
    expect(listed.answer).toContain('新能源');
  });

  it('what a survey found, while how many answered it is given', () => {
    expect(ask('which answer did most buyers pick in the SNS content survey?').answer).toMatch(/does not state the survey's results/);
    const count = ask('how many people took the buyer content survey');
    expect(count.declined).toBe(false);
    expect(count.answer).toContain('102');
  });

  it('a points total before the store is closed, when the ladder states points per offence only', () => {
    expect(ask('how many points altogether until my shop is closed for off-platform contact?').answer).toMatch(/does not state an exact threshold/);
  });

  it('a certificate the merchant earns (a green factory) is no course exam: its benefits are still answered', () => {
    expect(ask('After we get the green factory certificate, what benefits do we get?').declined).toBe(false);
  });

  it('the lowest amount one may withdraw', () => {
    expect(ask('what is the lowest amount I can move to the corporate account').answer).toMatch(/does not state a minimum amount/);
  });

  it('how many strikes close a shop, or the score a green factory must reach: numbers the briefing never sets', () => {
    expect(ask('after how many strikes will they shut down the shop?').answer).toMatch(/does not state an exact threshold/);
    expect(ask('what passing score does a green factory need?').answer).toMatch(/does not state an exact threshold/);
    const ladder = ask('第4次引导站外沟通扣几分');
    expect(ladder.declined).toBe(false);
    expect(ladder.answer).toContain('6分');
  });

  it('whom to contact about a topic that gives no hotline, while the Pay hotline is given', () => {
    expect(ask('who do we contact about the green factory certification?').answer).toMatch(/does not state a named person's contact details/);
    expect(ask('Pay的客服热线是多少').answer).toContain('400-655-2688');
  });

  it('a figure per listing when the briefing counts points per offence', () => {
    const a = ask('how many points are deducted per listing for a fake MOQ');
    expect(a.declined).toBe(true);
  });
});

describe('a plan, an edition or a category the briefing never names is declined', () => {
  it('a planned addition to a stated list', () => {
    const a = ask('Are there plans to add a Canada local account?');
    expect(a.declined).toBe(true);
    expect(a.answer).toContain('European local account');
  });

  it('May as a month when a year or an edition follows it, while the May list the briefing announces is answered', () => {
    expect(ask('When is the May 2022 briefing?').declined).toBe(true);
    const list = ask('When will the May list of violators be published?');
    expect(list.declined).toBe(false);
    expect(list.answer).toMatch(/late May/);
  });

  it('what an agenda item with no slide covered, even when the question also asks yes or no about it', () => {
    const a = ask('4月商家提效工具速递里都有哪些工具，有没有关于RFQ的？');
    expect(a.answer).toMatch(/^简报没有说明议程里这一项具体讲了什么/);
  });

  it('what an agenda item with no slide was about, asked as "讲了什么", while a talk with its own slides is answered', () => {
    expect(ask('讲师使用规则重点强调了什么').answer).toMatch(/^简报没有说明议程里这一项具体讲了什么/);
    expect(ask('成长指引产品升级讲了什么').declined).toBe(false);
  });

  it('a standard for a category the standards table does not list, while a listed one is answered', () => {
    const a = ask('做运动器材的有对应的绿色工厂标准吗');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/试用行业是[^）]*灯具照明[^）]*，不包括运动与娱乐/);
    const en = ask('is there a sustainable factory standard for furniture makers?');
    expect(en.answer).toMatch(/does not state a standard for furniture/);
    const listed = ask('做灯具的适用哪个绿色工厂标准');
    expect(listed.declined).toBe(false);
    expect(listed.answer).toContain('电子电器制造业');
  });
});

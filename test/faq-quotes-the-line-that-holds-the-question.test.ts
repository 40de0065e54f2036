import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('the quoted lines are the ones that hold the question, wherever they sit', () => {
  it('quotes a line of another section when it holds more of the question than the answered section does', () => {
    // the section ranking answers from the governance measures (complaints are recorded and punished); what happens
    // to a complained-about product once verified is stated in the briefing's FAQ
    const a = faq.askLocal('对于买家投诉的虚假产品，平台核实后怎么处理');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0分下架');
  });

  it('adds no other section to an answer whose first line already holds the whole question', () => {
    const first = faq.askLocal('对公提现手续费多少');
    const follow = faq.askLocal('那法人呢？', { previousSectionIds: first.sources });
    expect(follow.sources).toEqual(['pay.withdraw-legal-rep']);
  });

  it('answers from one line when that line and the nearest seen questions agree on its section', () => {
    expect(faq.askLocal('绿色制造成了哪个五年规划里的强国战略任务').answer).toContain('十三五');
    const noise = faq.askLocal('环境排放那个维度包括噪声控制吗');
    expect(noise.declined).toBe(false);
    expect(noise.answer).toContain('噪声排放控制');
  });

  it('still declines when the agreeing line misses a word of a short question', () => {
    expect(faq.askLocal('Can you ship my goods to Mars?').declined).toBe(true);
  });
});

describe('lines are quoted with what makes them answer', () => {
  it('quotes the lines a line ending in a colon introduces', () => {
    const en = faq.askLocal('Before binding, do I need a LinkedIn account of my own?');
    expect(en.answer).toMatch(/your own LinkedIn or Facebook account/);
    const zh = faq.askLocal('绑定领英账号要怎么操作');
    expect(zh.answer).toContain('首先有自己的领英账号');
  });

  it('finds a table row by any of its cells, not only the first', () => {
    // "4 | 能源与资源投入 | 能源投入、资源投入…": the row's label is its second cell
    const a = faq.askLocal('绿色工厂评价指标里“能源与资源投入”看哪些');
    expect(a.answer.split('\n')[0]).toContain('绿色供应商管理');
    expect(a.citations[0]!.quote).toContain('能源与资源投入');
  });

  it('answers with the whole column when the question names a column and no row', () => {
    const a = faq.askLocal('转化榜是怎么评出来的');
    expect(a.answer.split('\n')[0]).toContain('转化数据最高者');
    // a yes/no about a column still needs its row
    expect(faq.askLocal('飙升榜Top100有什么奖励吗？').answer).toMatch(/^没有/);
  });
});

describe('the figure of the asked kind leads', () => {
  it('counts back from the asker date for "the latest date"', () => {
    expect(faq.askLocal('If the stream is on July 10, what is the latest date for the materials?').answer.split('\n')[0]).toContain('July 5');
    expect(faq.askLocal('直播定在7月10日，素材最迟哪天交').answer.split('\n')[0]).toContain('7月5日');
  });

  it('counts "how many people" in people, not in question numbers', () => {
    const a = faq.askLocal('how many people answered the SNS survey question about which social media content attracts buyers?');
    expect(a.answer.split('\n')[0]).toContain('102');
  });

  it('lists every item under a title the question names', () => {
    const a = faq.askLocal('最新动态这部分讲了哪些内容');
    for (const item of ['成长指引产品升级', 'SNS打通Facebook功能升级', '短视频FollowMe（关注我）第二期挑战赛启动', '4月商家提效工具速递']) expect(a.answer).toContain(item);
  });
});

describe('a place asked about a regional event is decided by the region list', () => {
  it('answers a city by its province even when the section ranking was unsure', () => {
    const out = faq.askLocal('南宁的金品能报吗');
    expect(out.declined).toBe(false);
    expect(out.answer).toMatch(/^不可以/);
    expect(out.answer).toContain('广西');
    const inside = faq.askLocal('唐山的金品商家符合地区要求吗');
    expect(inside.answer).toMatch(/^可以，能参加/); // eligibility leads the same way whichever path found the line
    expect(inside.answer).toContain('河北');
  });
});

describe('counts and synonyms the knowledge did not hold', () => {
  it('counts the items of a titled list when no line states the number', () => {
    const a = faq.askLocal('金品官方课的讲师有几位');
    expect(a.answer.split('\n')[0]).toBe('共7位。');
    expect(a.answer).toContain('王秀娜');
  });

  it('does not read the April list as the question when the question is about something else', () => {
    const a = faq.askLocal('Our shop is on the April list for false prices. Does this round cost us points?');
    expect(a.answer).not.toMatch(/on the list for false price/);
  });

  it('knows a range price and a tiered price in English', () => {
    expect(faq.askLocal('platform wants us to move from range pricing to which kind of pricing?').answer).toContain('阶梯价');
  });
});

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(root, 'rules'))!);

describe('a question the briefing cannot answer is declined by naming what it does not state', () => {
  it('an ask the topic never speaks to (an appeal) names that ask, quotes the nearest line and points at the rules', () => {
    const a = faq.askLocal('产品因为虚假价格被0分下架了，要怎么申诉？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/^简报没有说明如何申诉/);
    expect(a.answer).toMatch(/相关的原文是：「[^」]+」/);
    expect(a.answer).toContain('rulechannel.alibaba.com');
  });

  it('a count where the lines only give a date or a clock time', () => {
    const a = faq.askLocal('How many people watched the April briefing live?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state a number/);
  });

  it('a split per province of a stated total', () => {
    const a = faq.askLocal('直播带岗的名额每个省有多少个？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明/);
  });

  it('a tax rate the briefing never gives', () => {
    const a = faq.askLocal('what is the carbon tariff rate the EU plans?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state a percentage/);
  });

  it('how long a warning stays on record', () => {
    const a = faq.askLocal('Do warnings for off-platform contact stay on our record forever?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state how long a record/);
  });

  it('a month the asker names for a list the briefing does not hold, while the April list is answered', () => {
    expect(faq.askLocal('What did the February violator list look like?').declined).toBe(true);
    expect(faq.askLocal('Is there any company from Shenzhen on the April list?').declined).toBe(false);
  });

  it('how many have done something so far: the briefing only announced it', () => {
    const a = faq.askLocal('至今已经有多少家商家通过了绿色工厂认证？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明目前的实时情况/);
    expect(faq.askLocal('How many merchants have signed up for live recruiting so far?').declined).toBe(true);
  });

  it('a traffic or exposure figure the briefing promises but never quantifies', () => {
    const a = faq.askLocal('完成新手任务以后，平台具体给多少流量？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/曝光、流量/);
    expect(faq.askLocal('With the green factory label, how much higher will our search ranking go?').declined).toBe(true);
  });

  it('a membership fee the briefing never states, while an account that is free to hold answers "any annual fee"', () => {
    const a = faq.askLocal('How much is the annual membership for a Verified Supplier?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/does not state a membership or annual fee/);
    expect(faq.askLocal('全球收款账户每年要交维护费吗').declined).toBe(false);
  });

  it('a currency the answering topic does not list: no fee is stated for it, and the list is quoted', () => {
    const a = faq.askLocal('境内对公提现如果提日元，手续费是多少？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明日元的情况/);
    expect(a.answer).toContain('支持币种');
    // a listed currency is answered
    expect(faq.askLocal('海外付款用欧元付给供应商，手续费多少？').declined).toBe(false);
  });

  it('a level below the one the briefing starts from: a date for 0-star merchants when the rollout is for 1 star and up', () => {
    const a = faq.askLocal('When do 0-star stores get the SNS Facebook sharing?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/0-star merchants \(only for 1 star and above\)/);
    // the yes/no form is answered "no" instead
    expect(faq.askLocal('我们是0星，能用SNS分享到Facebook吗').answer).toMatch(/^不能/);
  });

  it('the criteria behind a term the briefing only names', () => {
    const a = faq.askLocal('金品课讲师按什么标准评选的');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/判定标准/);
  });
});

describe('an answerable question is not declined for words that only look like an unstated ask', () => {
  it('"累计4次一共扣几分" computes the stated ladder; it is not a threshold the briefing leaves open', () => {
    const a = faq.askLocal('拉线下累计4次一共扣几分');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('12分');
  });

  it('"how many points does it cost" asks points, not money', () => {
    const a = faq.askLocal('If our 4th and 5th off-platform violations are both confirmed, how many points will those two cost us?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/12 points/);
  });

  it('"which rule document" names a rule, not paperwork to hand in', () => {
    const a = faq.askLocal('which rule document do the false price penalties come from?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('滥发');
  });

  it('a price stated in dollars in an example answers "how much"', () => {
    const a = faq.askLocal('石英砖虚假运费的例子里，运费标的是多少钱？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/\$\d/);
  });
});

describe('question analysis', () => {
  it('"our 4th and 5th off-platform violations" names two offences, with words between the ordinals and the noun', () => {
    expect(analyzer.analyze('If our 4th and 5th off-platform violations are both confirmed, how many points?').offences).toEqual([4, 5]);
  });

  it('a length the asker states, in days; a year or a month name is not one', () => {
    expect(analyzer.analyze('断约半年后再签').duration).toBe(182.5);
    expect(analyzer.analyze('lapsed for about 6 months').duration).toBe(180);
    expect(analyzer.analyze('2021年10月断约').duration).toBeNull();
  });

  it('"那几个原则" points at some principles; it does not ask how many', () => {
    expect(analyzer.analyze('绿色工厂那几个原则是啥').types).not.toContain('quantity');
    expect(analyzer.analyze('绿色工厂有几个原则').types).toContain('quantity');
  });

  it('a verb repeated around 不 ("受不受", "用不用") asks yes or no', () => {
    expect(analyzer.analyze('4月开通的老商家受不受新规影响').types).toContain('yesno');
    expect(analyzer.analyze('开全球收款账户用不用交钱').types).toContain('yesno');
  });
});

import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { loadPassages } from '../src/faq/passages.js';
import { loadAskRules, QuestionAnalyzer, findOffence, findAmount, findDate } from '../src/faq/question.js';
import { extractNumbers } from '../src/faq/text.js';

const faq = createPolicyFaq();
const firstLine = (s: string) => s.split('\n')[0]!;

describe('policy answers answer the question asked', () => {
  it('leads a yes/no question with the answer, in the asker language', () => {
    const zh = faq.askLocal('贵州的公司能报名直播带岗吗');
    expect(zh.declined).toBe(false);
    expect(firstLine(zh.answer)).toMatch(/^不可以/);
    const en = faq.askLocal('Can a company in Dongguan sign up for the live recruiting event?');
    expect(firstLine(en.answer)).toMatch(/^Yes\./);
    expect(en.answer).toMatch(/Guangdong/);
    expect(faq.askLocal('海外付款能付日元吗').answer).toMatch(/^不能/);
    expect(faq.askLocal('can i receive NZD in original currency into the global account').answer).toMatch(/^No\./);
  });

  it('answers whether something is a violation from the line that lists or allows it', () => {
    expect(firstLine(faq.askLocal('实际收的运费比发布的运费高，这个算违规吗').answer)).toMatch(/^是/);
    expect(firstLine(faq.askLocal('下单时因为物流需要问买家要邮箱，这样可以吗').answer)).toMatch(/^可以/);
  });

  it('computes from stated figures and quotes the line that holds them', () => {
    const ladder = faq.askLocal('第三次引导买家站外沟通扣几分');
    expect(firstLine(ladder.answer)).toContain('扣3分');
    expect(ladder.answer).toContain('累计扣6分');
    expect(ladder.citations[0]!.quote).toContain('扣3分');

    const fee = faq.askLocal('what fee do I pay to withdraw 100,000 USD to the legal representative?');
    expect(firstLine(fee.answer)).toContain('300 USD');
    expect(fee.citations[0]!.quote).toContain('0.3%');

    const waived = faq.askLocal('this month we did 250k USD corporate withdrawal + 100k USD overseas payments. total fee?');
    expect(firstLine(waived.answer)).toContain('375');

    const due = faq.askLocal('被公示后7天内要改，4月28日被公示的话最晚哪天改完');
    expect(firstLine(due.answer)).toContain('5月5日');
  });

  it('counts rows of the violator list by place and type', () => {
    expect(firstLine(faq.askLocal('名单里因为恶意引导站外沟通工具上榜的有几家').answer)).toContain('16');
    expect(firstLine(faq.askLocal('were there any Xi\'an companies on the april list').answer)).toMatch(/^No/);
  });

  it('quotes a line that contains the figure the answer leads with', () => {
    for (const q of ['how many days do named violators have to fix things', '被公示了要几天内改完', '法人提现手续费多少']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      const figures = extractNumbers(firstLine(a.answer));
      expect(figures.length, q).toBeGreaterThan(0);
      expect(figures.some((n) => extractNumbers(a.citations[0]!.quote).includes(n)), `${q}: ${a.citations[0]!.quote}`).toBe(true);
    }
    // the English question gets the 7 days of named violators, not the 14-day rectification period
    expect(faq.askLocal('how many days do named violators have to fix things').answer).toMatch(/7 days/);
  });

  it('lists every item when asked which, and answers who presented a part', () => {
    const tasks = faq.askLocal('新手推荐任务有哪些');
    for (const t of ['发布50个潜力品', '开通信保', '橱窗使用满10个', '发布1条非低质视频产品']) expect(tasks.answer).toContain(t);
    expect(faq.askLocal('who presented the alibaba.com pay session').answer).toContain('殷钦');
    expect(faq.askLocal('美妆产品适用哪个绿色工厂标准').answer).toContain('日化');
  });

  it('declines when no line holds an answer of the asked kind, and offers what it does say', () => {
    for (const q of ['绿色工厂认证拿到之后有效期几年', '第二批名单具体哪一天公布 几号', '400-655-2688 几点到几点有人接', 'whats the FX spread or markup on currency conversion in alibaba.com pay', 'FollowMe 第一期是哪天到哪天']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
    }
    expect(faq.askLocal('第二批名单具体哪一天公布 几号').answer).toContain('5月下旬');
  });
});

describe('question analysis', () => {
  const analyzer = new QuestionAnalyzer(loadAskRules('rules')!);

  it('finds ask types and slots', () => {
    const a = analyzer.analyze('我们在Kunming 能报名带岗活动不');
    expect(a.types).toContain('yesno');
    expect(a.places[0]).toMatchObject({ zh: '昆明', province: '云南' });
    expect(analyzer.analyze('FollowMe投稿截止到哪天').types).toContain('day');
    expect(analyzer.analyze('how long does company verification take').types).toContain('howlong');
    expect(findOffence('第三次拉线下')).toBe(3);
    expect(findOffence('一次扣几分')).toBeNull();
    expect(findOffence('caught a second time')).toBe(2);
    expect(findAmount('提现40万美金')).toEqual({ value: 400000, currency: 'USD' });
    expect(findDate('named on April 28')).toEqual({ month: 4, day: 28 });
  });

  it('rejects a rules/ask file with a broken regular expression, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-ask-'));
    cpSync('rules', dir, { recursive: true });
    writeFileSync(join(dir, 'ask', 'types.yaml'), "types:\n  - id: when\n    ask: '(unclosed'\n");
    expect(() => loadAskRules(dir)).toThrow(/types\.yaml/);
  });

  it('quotes only passages for the figures it computes with', () => {
    const { sections } = loadKnowledge('rules');
    const zh = new Set(loadPassages('rules', new Set(sections.map((s) => s.id))).map((p) => p.zh));
    const { arithmetic } = loadAskRules('rules')!;
    for (const l of arithmetic.ladders) for (const s of l.steps) expect(zh.has(s.quote), s.quote).toBe(true);
    for (const f of arithmetic.fees) {
      expect(zh.has(f.quote), f.quote).toBe(true);
      expect(f.quote).toContain(`${f.percent}%`);
    }
    expect(zh.has(arithmetic.waiver.quote)).toBe(true);
  });
});

describe('"why" quotes the line that states a purpose', () => {
  const faq = createPolicyFaq({ llm: null });
  it('leads a why question with the purpose line of the topic, not a neighbouring rule', () => {
    const a = faq.askLocal('星等级为什么要等新手任务都做完才开始评定');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/为了帮助新商家|to help new merchants/);
  });
});

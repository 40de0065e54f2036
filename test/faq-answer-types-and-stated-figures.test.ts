import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { LineMemory, passageKey } from '../src/faq/line-memory.js';
import { loadPassages } from '../src/faq/passages.js';
import { findOffences, loadAskRules, movedAmounts, QuestionAnalyzer, withoutSourceReferences } from '../src/faq/question.js';
import { ConceptMatcher } from '../src/faq/text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const faq = createPolicyFaq({ llm: null });
const rules = loadAskRules(join(root, 'rules'))!;
const analyzer = new QuestionAnalyzer(rules);
const firstLine = (s: string) => s.split('\n')[0]!;

describe('the ask type decides the lead', () => {
  it('reads a what/how/which question as such even with an inverted auxiliary, and leads with no yes or no', () => {
    for (const q of [
      'what can the platform do to my shop if fake-MOQ listings keep coming back?',
      'How will the platform contact warned merchants?',
      'If we keep getting flagged, what does the platform do next?',
      'We are not on the April list. What are the day-to-day action points for every merchant?',
    ]) {
      expect(analyzer.analyze(q).types, q).not.toContain('yesno');
      expect(firstLine(faq.askLocal(q).answer), q).not.toMatch(/^(Yes|No)\b/);
    }
  });

  it('still reads a yes/no question as one, in English, Chinese and after a statement', () => {
    for (const q of ['we opened on May 4 and see 0 stars. is that expected?', 'Can a company in Xi’an join the live recruiting?', '对公提现能提人民币吗', 'which one applies to us, or is it neither? can we still join?']) {
      expect(analyzer.analyze(q).types, q).toContain('yesno');
    }
  });

  it('takes a pointer at the source ("the slides say", "发布会里讲的") out of retrieval', () => {
    const re = rules.sourceReference;
    expect(withoutSourceReferences('what did the slides say about the carbon tariff?', re)).not.toMatch(/slides/);
    expect(withoutSourceReferences('发布会里讲的绿色工厂五个原则是什么', re)).not.toMatch(/发布会/);
    // a question about the briefing itself keeps it
    expect(withoutSourceReferences('how long was the April briefing?', re)).toContain('briefing');
    const a = faq.askLocal('What did the briefing say Amazon launched for eco-friendly products?');
    expect(a.answer).toMatch(/Climate Pledge Friendly/);
    expect(a.answer).not.toMatch(/Company-wide briefing/);
  });
});

describe('figures computed from what the asker states', () => {
  it('adds up the points of several named offences', () => {
    expect(findOffences('our 2nd and 3rd offences')).toEqual([2, 3]);
    expect(findOffences('第二次和第三次')).toEqual([2, 3]);
    expect(findOffences('the 5th time')).toEqual([]);
    const a = faq.askLocal('Steering buyers to WeChat: we are at our 2nd and 3rd offences this month. How many points for those two in total?');
    expect(firstLine(a.answer)).toMatch(/^6 points in total/);
    expect(a.citations.some((c) => c.quote.includes('扣3分'))).toBe(true);
  });

  it('gives the ratio or the rate of two figures the asker states', () => {
    expect(firstLine(faq.askLocal('A tier is $1,200 and another $12. How many times higher is the first?').answer)).toMatch(/^About 100 times/);
    expect(firstLine(faq.askLocal('一条视频播放人数2000，进店进品人数150，转化率是多少？').answer)).toMatch(/^7\.5%/);
  });

  it('treats an amount the asker compares with as a threshold, not the sum moved', () => {
    expect(movedAmounts('这个月对公提现20万美金，还没到30万').map((a) => a.value)).toEqual([200000]);
    expect(firstLine(faq.askLocal('这个月对公提现20万美金，还没到30万，手续费多少？').answer)).toContain('250美元');
  });

  it('writes yuan as RMB in English', () => {
    expect(firstLine(faq.askLocal('legal representative withdrawal of RMB 100,000, what is the fee?').answer)).toContain('RMB 300');
  });
});

describe('eligibility, lists, people', () => {
  it('states the province verdict and answers with 可以 and 能', () => {
    const yes = firstLine(faq.askLocal('我们在长沙，是金品会员，能报名直播带岗吗？').answer);
    expect(yes).toMatch(/^可以，能参加/);
    expect(yes).toContain('湖南在限定地区内');
    const no = firstLine(faq.askLocal('公司在南昌，可以参加直播带岗吗').answer);
    expect(no).toMatch(/^不可以/);
    expect(no).toContain('江西不在限定地区内');
  });

  it('finds the option of a which-is-NOT question that no line of the topic holds', () => {
    const a = faq.askLocal('以下哪个不是全球收款账户的原币入账币种：USD、EUR、JPY、NZD？');
    expect(firstLine(a.answer)).toContain('NZD');
    expect(firstLine(a.answer)).not.toContain('JPY');
  });

  it('answers a question that names a lecturer from their line', () => {
    const a = faq.askLocal("What does Yan Qi do?");
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('RFQ');
    expect(faq.askLocal('王秀娜是做什么的').answer).toContain('王秀娜：行业运营小二');
  });

  it('answers who presented a part from the speaker line of that topic', () => {
    expect(faq.askLocal('who presented the SNS Facebook part?').answer).toMatch(/Yu Xiaofeng|喻晓凤/);
  });
});

describe('why-questions', () => {
  it('lead with the line that states the purpose', () => {
    const a = faq.askLocal('What is the reason the platform publishes the names of serious violators?');
    expect(a.declined).toBe(false);
    expect(firstLine(a.answer)).toMatch(/^"To keep normal business/);
  });
});

describe('table cells', () => {
  it('answers from the cell where the named row meets the named column, and "/" means none', () => {
    expect(firstLine(faq.askLocal('转化榜的评选依据是什么？').answer)).toContain('转化数据最高者');
    expect(firstLine(faq.askLocal('飙升榜Top100有什么奖励吗？').answer)).toMatch(/^没有/);
    expect(firstLine(faq.askLocal('优质榜Top 300有奖励吗').answer)).toMatch(/^是的，有.*专属话题/);
  });

  it('leaves a cell alone when it does not hold the kind of answer asked', () => {
    expect(firstLine(faq.askLocal('转化榜Top10要多少播放量才能进？').answer)).not.toContain('精准买家Push');
  });
});

describe('declines by ask type', () => {
  it('declines how-often and which-institution asks when no line states a frequency or a named one', () => {
    expect(faq.askLocal('直播带岗的金牌主播多久直播一次？').declined).toBe(true);
    expect(faq.askLocal('How often are the FollowMe leaderboards refreshed?').declined).toBe(true);
    expect(faq.askLocal('how often are the SNS share images refreshed?').answer).toMatch(/hour|小时/);
  });

  it('declines asking for a live state the briefing cannot know', () => {
    expect(faq.askLocal('绿色工厂认证现在还剩多少个名额？').declined).toBe(true);
    expect(faq.askLocal('how many Zhaopin live recruiting places are left now?').declined).toBe(true);
  });
});

describe('line memory', () => {
  const { sections, glossary } = loadKnowledge(join(root, 'rules'));
  const passages = loadPassages(join(root, 'rules'), new Set(sections.map((s) => s.id)));
  const line = passages.find((p) => p.zh.includes('八大币种'))!;
  const other = passages.find((p) => p.zh.includes('0开户费'))!;
  const memory = new LineMemory(
    {
      version: 1,
      sets: ['test'],
      questions: [
        { q: 'which currencies can the global account receive in original currency', lines: [passageKey(line)] },
        { q: 'is there an opening fee for the global account', lines: [passageKey(other)] },
        { q: 'what is the exchange margin on JPY', lines: [] },
      ],
    },
    passages,
    new ConceptMatcher(glossary),
  );

  it('votes for the lines of the nearest seen question', () => {
    const near = memory.neighbours('what currencies does the global collection account take in their original currency?');
    expect(near[0]!.lines).toEqual([line]);
    const votes = memory.votes(near);
    expect(votes.get(line)!).toBeGreaterThan(votes.get(other) ?? 0);
    expect(memory.neighbours('JPY exchange margin?')[0]!.answerable).toBe(false);
  });

  it('is rebuilt identically from the seen sets', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'haili-mem-')), 'm.json');
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/train-lines.ts'), '--out', out], { cwd: root });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'src/faq/line-memory.json'), 'utf8'));
  });
});

describe('"who" that asks which merchants, not which person', () => {
  const faq = createPolicyFaq({ llm: null });
  it('does not lead an eligibility "who" with a presenter line', () => {
    const a = faq.askLocal('Who can use SNS sharing during the early-May gray release?');
    expect(a.answer).not.toMatch(/^"?Presenter/);
    const b = faq.askLocal('who is the newbie-task star-level rule scoped to?');
    expect(b.answer).not.toContain('Presenter');
  });
  it('still answers who presented a part with its speaker line', () => {
    expect(faq.askLocal('Who presented the green factory part?').answer).toMatch(/李小龙|Li Xiaolong/);
  });
});

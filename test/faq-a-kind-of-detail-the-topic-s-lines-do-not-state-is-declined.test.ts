import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadDetailKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadDetailKinds();
const kind = (id: string) => kinds.find((k) => k.id === id)!;
const asks = (id: string, q: string) => kind(id).cue.test(q.normalize('NFKC')) && !kind(id).except?.test(q.normalize('NFKC'));

describe('the kinds of detail a question asks for (rules/ask/details.yaml)', () => {
  it('are data: a figure, criteria, a name, a penalty and a procedure, each with a cue and evidence', () => {
    expect(kinds.map((k) => k.id)).toEqual(expect.arrayContaining(['figure', 'criteria', 'name', 'penalty', 'procedure']));
  });

  it('are asked in Chinese and English wordings, and not by a question that names the thing without asking for it', () => {
    expect(asks('figure', '排放控制的限值是多少？')).toBe(true);
    expect(asks('figure', 'What is the threshold for greenhouse gas emissions?')).toBe(true);
    expect(asks('figure', '对公提现多久到账？')).toBe(false);
    expect(asks('criteria', '“潜力品”按什么标准判定？')).toBe(true);
    expect(asks('criteria', 'What criteria decide which videos count as quality ones?')).toBe(true);
    // (the evaluation table's name asks for its dimensions, not for criteria)
    expect(asks('criteria', '评价指标里“能源”那一项看什么？')).toBe(false);
    // (whether a standard exists at all is a yes/no the list of standards answers)
    expect(asks('criteria', '陶瓷行业有绿色工厂评价标准吗？')).toBe(false);
    expect(asks('criteria', '家具行业有没有可持续工厂的评定标准')).toBe(false);
    expect(asks('criteria', 'Is there an evaluation standard for the toy industry?')).toBe(false);
    expect(asks('criteria', '有没有说评分标准是什么？')).toBe(true);
    expect(asks('name', '绿色工厂由哪家第三方机构来审核？')).toBe(true);
    expect(asks('name', 'Which certification body signs the report?')).toBe(true);
    expect(asks('name', 'Which shops does the new rule apply to?')).toBe(false);
    expect(asks('penalty', '新手任务没做完会有什么处罚？')).toBe(true);
    expect(asks('penalty', "What's the penalty for skipping the video task?")).toBe(true);
    expect(asks('penalty', 'Is there any penalty for a late video?')).toBe(true);
    // (a penalty named in passing asks for none)
    expect(asks('penalty', 'Do they need proof before a penalty is given?')).toBe(false);
    expect(asks('procedure', '怎么查自己的产品有没有被标记？')).toBe(true);
    expect(asks('procedure', 'How do we apply for the green label?')).toBe(true);
    // an entry asked when it opens asks a date
    expect(asks('procedure', '申请入口什么时候开放？')).toBe(false);
  });

  it('a line states a detail of its kind only in so many words: a figure, a measure, a way', () => {
    expect(kind('figure').evidence.test('橱窗使用满10个')).toBe(true);
    expect(kind('figure').evidence.test('超出价格合理区间的产品无法发布上线')).toBe(false);
    expect(kind('penalty').evidence.test('产品0分下架')).toBe(true);
    // (removing a task from a list is no penalty)
    expect(kind('penalty').evidence.test('RFQ报价1次 (变化项: 删除该项)')).toBe(false);
    expect(kind('procedure').evidence.test('操作入口：「My Alibaba」 - 「媒体中心」')).toBe(true);
    expect(kind('procedure').evidence.test('邮件/拍档会对预警商家进行一对一提醒')).toBe(false);
    expect(kind('name').evidence.test('全球收款账户 (摩根大通新加坡分行/花旗银行新加坡分行)')).toBe(true);
  });

  it('a rules file whose kind has neither a type nor a cue and evidence, or a broken expression, fails at load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-details-'));
    mkdirSync(join(dir, 'ask'));
    writeFileSync(join(dir, 'ask', 'details.yaml'), 'kinds:\n  - id: broken\n    cue: "(unclosed"\n    evidence: x\n    states: { zh: 甲, en: a }\n');
    expect(() => loadDetailKinds(dir)).toThrow(/cue/);
  });
});

describe('a kind of detail the lines on the topic do not state', () => {
  it('criteria asked of a term the briefing only names are declined, in Chinese and English', () => {
    const zh = faq.askLocal('“非低质视频”按什么标准判定？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toContain('具体的判定或评定标准');
    const en = faq.askLocal('What are the scoring rules in the paper products standard?');
    expect(en.declined).toBe(true);
    expect(en.answer).toContain('the criteria it is judged by');
    // the closest line is quoted as context
    expect(en.answer).toContain('纸制品');
  });

  it('criteria the briefing states are answered', () => {
    const a = faq.askLocal('转化榜的评选依据是什么？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('转化数据最高者');
  });

  it('a penalty asked of an act the briefing sets no measure for is declined; a stated penalty is answered', () => {
    const zh = faq.askLocal('新手任务没按时做完会有什么处罚？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toContain('处罚或后果');
    const en = faq.askLocal("What's the punishment for a newcomer who skips the showcase task?");
    expect(en.declined).toBe(true);
    expect(en.answer).toContain('a penalty or consequence');
    const stated = faq.askLocal('待整改产品14天内没改会怎么处罚？');
    expect(stated.declined).toBe(false);
    expect(stated.answer).toContain('0分下架');
    const statedEn = faq.askLocal("What's the penalty if a product pending rectification isn't fixed in 14 days?");
    expect(statedEn.declined).toBe(false);
  });

  it('a way to do something the lines name without a way is declined; an entry the briefing gives is answered', () => {
    const zh = faq.askLocal('怎么申请亚马逊Climate Pledge Friendly环保标识？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toContain('具体怎么做');
    const en = faq.askLocal("How do we apply for Amazon's Climate Pledge Friendly label?");
    expect(en.declined).toBe(true);
    expect(en.answer).toContain('how to do that');
    const stated = faq.askLocal('How do we apply to become a sustainable factory?');
    expect(stated.declined).toBe(false);
  });

  it('a threshold asked of a dimension the table only names is declined; a stated count is answered', () => {
    const en = faq.askLocal("For the green factory evaluation, what's the threshold on greenhouse gas emissions?");
    expect(en.declined).toBe(true);
    expect(en.answer).toContain('the exact figure or threshold');
    const stated = faq.askLocal('新手期橱窗要用满的具体数量是多少？');
    expect(stated.declined).toBe(false);
    expect(stated.answer).toContain('10');
  });

  it('a named body the briefing gives is answered', () => {
    const a = faq.askLocal('Which bank opens the global collection account?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/Morgan|Citi/);
  });
});

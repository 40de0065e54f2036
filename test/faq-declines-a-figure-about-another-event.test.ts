import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { askingClause } from '../src/faq/compose.js';
import { loadAskRules, QuestionAnalyzer } from '../src/faq/question.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const faq = createPolicyFaq({ llm: null });
const analyzer = new QuestionAnalyzer(loadAskRules(join(root, 'rules'))!);

describe('a figure about a neighbouring event is not the answer', () => {
  it('declines a duration for an event no line states (relisting), and still offers the line it does state', () => {
    const a = faq.askLocal('0分下架的产品整改完成后，多久可以重新上架？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明/);
    // the line it does state about the delisted product: the 14-day period or the 0-point delisting itself
    expect(a.answer).toMatch(/14天整改期|产品0分下架/);
  });

  it('declines when a word of the predicate after the question word occurs nowhere in the briefing, though the line holds the subject', () => {
    const a = faq.askLocal('被0分下架的产品多久可以重新上架？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/简报没有说明/);
  });

  it('a word the briefing lacks in the subject before the question word does not decline a line that states the figure', () => {
    const a = faq.askLocal('那个假发的例子 customized logo 的MOQ写的多少grams？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('10000000');
  });

  it('a code-mixed points ask ("扣几 points") wants a stated deduction, like "扣几分"', () => {
    expect(faq.askLocal('fake price violation 一次扣几 points？').declined).toBe(true);
    expect(faq.askLocal('引导站外沟通再次违规扣多少 points').answer).toMatch(/3\s*分/);
  });

  it('answers the duration when the asking clause is about the event the line states', () => {
    const a = faq.askLocal('待整改的产品多久内要完成整改？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('14天');
  });

  it('declines a yes/no whose asking clause the line and its section never speak of, instead of a bare "Yes."', () => {
    const a = faq.askLocal('our rep got a warning email for a whatsapp number in his signature. does the warning expire after a year, or does it count forever?');
    expect(a.declined).toBe(true);
    expect(a.answer).not.toMatch(/^Yes\b/);
    expect(a.answer).toMatch(/does not state/);
  });

  it('keeps the yes/no lead when the line is about the asked event', () => {
    const a = faq.askLocal('对公提现能提人民币吗');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^(可以|能|是)/);
  });

  it('asks a named bank of a line that names one; "like a local bank account" names none', () => {
    expect(faq.askLocal('美国本地收款账户是哪家银行开的？').declined).toBe(true);
    const global = faq.askLocal('全球收款账户是哪家银行开的');
    expect(global.declined).toBe(false);
    expect(global.answer).toContain('花旗银行');
  });

  it('reads a which-institution ask with words between, in mixed wording ("哪家 third-party 机构")', () => {
    expect(analyzer.analyze('绿色工厂是哪家 third-party 机构来认证？').types).toContain('institution');
    expect(analyzer.analyze('全球收款账户是在哪家大银行开的').types).toContain('institution');
  });

  it('does not count a figure the asker names, or a year, as the answer to how many', () => {
    // the briefing counts the course's benefits (5大权益), never its lessons: declined, and the figures it names are only
    // quoted as what the briefing does say, never given as the count
    const a = faq.askLocal('how many lessons is the 金品 3.0 course in total?');
    expect(a.declined).toBe(true);
    expect(a.answer.split(/What it does say|\n/)[0]).not.toMatch(/2022|3\.0|\b5\b/);
  });

  it('reads 好几个 ("several") as no how-many ask', () => {
    expect(analyzer.analyze('平台把我好几个商品直接打成0分，这属于哪条规则？').types).not.toContain('quantity');
  });

  it('takes the asking clause without its ask words, and only the clause that asks', () => {
    const howlong = analyzer.type('howlong')!.ask;
    expect(askingClause('被下架的产品改好以后，多久能重新上架？', howlong)).toBe('能重新上架');
    expect(askingClause('多久？', howlong)).toBeNull();
  });

  it('does not read an ask word inside another word ("quotation" is not "quota")', () => {
    const q = 'is putting my skype id in an RFQ quotation against the rules';
    expect(analyzer.analyze(q).types).not.toContain('quantity');
    expect(analyzer.analyze('what ratio of price to shipping is too high').types).toContain('percent');
  });
});

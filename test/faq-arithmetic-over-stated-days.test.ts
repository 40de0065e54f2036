import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const firstLine = (s: string) => s.split('\n')[0]!;

describe('days computed from a date the asker gives and a stated "the day after"', () => {
  it('answers when something starts after a given day with that day plus one, quoting the line that says 次日', () => {
    const zh = faq.askLocal('新手任务我们6月3日全部做完了，哪天开始星等级评定？').answer;
    expect(firstLine(zh)).toMatch(/^6月4日（6月3日的次日）/);
    expect(zh).toContain('次日');
    const en = faq.askLocal('we completed the last newbie task on May 20 (all tasks done that day). which day does our star evaluation start?').answer;
    expect(firstLine(en)).toMatch(/^May 21 \(the day after May 20\)/);
  });

  it('crosses a month end', () => {
    expect(firstLine(faq.askLocal('新手任务5月31日全部完成，哪天进入星等级评定？').answer)).toMatch(/^6月1日/);
  });
});

describe('totals computed from stated figures', () => {
  it('adds the stated durations of the steps the asker lists, upper ends for "worst case", in both languages', () => {
    const zh = faq.askLocal('企业认证、关联入账和绑定提现账户加起来最长要几个工作日？').answer;
    expect(firstLine(zh)).toMatch(/^最长6个工作日/);
    expect(zh).toContain('时效：1-2个工作日');
    const en = faq.askLocal('worst case, if we add up company verification + linking funds + binding the withdrawal account, how many working days is that?').answer;
    expect(firstLine(en)).toMatch(/^At most 6 working days in total/);
    expect(firstLine(faq.askLocal('企业认证和关联入账一共要多久').answer)).toMatch(/^合计2-4个工作日/);
  });

  it('multiplies a count the asker gives by the unit price a line states, and quotes that line', () => {
    const zh = faq.askLocal('如果700个名额都报满，按原价算一共值多少钱？').answer;
    expect(firstLine(zh)).toMatch(/^105万元（700 × 1,500元 = 1,050,000元）/);
    expect(zh).toContain('原价1500元');
    expect(firstLine(faq.askLocal('if 300 merchants join the live recruiting, how much is that worth in total at the original price?').answer)).toMatch(/^RMB 450,000/);
  });
});

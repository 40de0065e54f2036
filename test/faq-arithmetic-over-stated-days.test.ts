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

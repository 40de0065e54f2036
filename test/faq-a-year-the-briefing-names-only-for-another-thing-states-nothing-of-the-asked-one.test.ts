import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

// The briefing is of 2022; its one line naming 2023 is the EU's planned carbon tariff. Writers of rounds 25, 30 and 32
// asked what 2023 brings for the star level, Pay's currencies or Walmart's label and got "yes" from lines of 2022: a
// year some line names dates only what that line speaks of.
const PERIOD = /that period or edition|那一期或那段时间/;

describe('a year that a line names for one thing states nothing of another thing in that year', () => {
  it('a change in that year to a rule, a product or a benefit is not stated', () => {
    expect(declined('2023年星等级评定的任务会增加吗？')).toMatch(PERIOD);
    expect(declined('Will Alibaba.com Pay add more currencies in 2023?')).toMatch(PERIOD);
    expect(declined('Is the showcase task going to change in 2023?')).toMatch(PERIOD);
    expect(declined('绿色工厂权益2023年会不会扩大？')).toMatch(PERIOD);
  });

  it("what the line dates to that year is still answered, with the year or a yes", () => {
    expect(answered('欧盟计划从2023年开始做什么？')).toContain('碳关税');
    expect(answered('Is the EU carbon tariff planned from 2023?')).toMatch(/^Yes/);
    expect(answered('which year does the EU carbon tariff start, per the green part?')).toContain('2023');
  });
});

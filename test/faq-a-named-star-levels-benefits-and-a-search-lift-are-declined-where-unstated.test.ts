import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

// The briefing says a star level brings "对应星级权益" and names none, and speaks of search order only for penalties
// (搜索降权, 无法参与搜索排序); four and three stranger writers asked for them and got a topic line read as the answer.
describe("a named star level's benefits and a lift in search are not stated", () => {
  it('the benefits of one named level, in either language', () => {
    expect(declined('升到1星具体有哪些星级权益？')).toMatch(/星级具体有哪些权益/);
    expect(declined('升到三星可以享受哪些权益')).toMatch(/星级具体有哪些权益/);
    expect(declined('What specific perks does a 1-star merchant get vs 0-star?')).toMatch(/benefits of that star level/);
  });

  it('whether a label lifts the merchant in search', () => {
    expect(declined('绿色工厂标签会给搜索加权吗？加多少')).toMatch(/加权/);
  });

  it('a penalty that lowers search order is still answered from the penalty lines', () => {
    answered('will repeated off-platform violations lower our search ranking?');
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const YES_NO = /^(Yes|No)\b|^(能|会|是的|可以|不会|不能)/;

describe('a yes/no of fact is answered yes only from a line holding the thing it asks', () => {
  it('declines, quoting the line about the topic, when that line does not hold the term asked of it', () => {
    const cases: [string, RegExp][] = [
      // the tag line says nothing of search ranking or star levels
      ['Does the green factory tag raise our search ranking?', /capability tag/],
      ['Would the green factory tag help us climb star levels?', /capability tag/],
      ['绿色工厂的标签能提升搜索排名吗？', /能力标签/],
      ['绿色工厂标签会帮我们升星等级吗？', /能力标签/],
      // the penalty table's first step says nothing of the buyer; the clause after "if" only places the question
      ['Does the buyer get told if our shop receives a warning for off-platform contact?', /warning/],
    ];
    for (const [q, quoted] of cases) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).not.toMatch(YES_NO);
      expect(a.answer, q).toMatch(quoted);
    }
  });

  it('still answers when the line holds the thing asked, in the question\'s words or the briefing\'s', () => {
    expect(faq.askLocal('Will green factory merchants get a capability tag?').answer).toMatch(/^Yes\b/);
    expect(faq.askLocal('绿色工厂的商家会有能力标签吗？').answer).toMatch(/^(能|会|是的)/);
    // (the task is one of a list whose heading names who it is for)
    expect(faq.askLocal('Is turning on Trade Assurance still one of the newbie tasks for new sellers?').answer).toMatch(/^Yes\b/);
    // (a line stating a negation of the subject states something: its no stands)
    expect(faq.askLocal('Can products with fake prices still show up in search results?').answer).toMatch(/^No\b/);
  });

  it('reads the thing asked before a clause that sets an alternative aside or purposes it', () => {
    // "rather than a corporate one" is not what is asked: the legal rep's personal account is
    expect(faq.askLocal("Can the money go to the legal rep's personal account rather than a corporate one?").answer).toMatch(/^Yes\b/);
  });
});

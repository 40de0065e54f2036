import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

// The agenda lists "讲师使用规则重点强调" and "4月商家提效工具速递" with nothing under them. Writers of rounds 24, 28, 29, 32
// and 35 still got an answer from other lines when they named the item as the question's topic ("<title> 那部分…",
// "<title>: …"), as what is broken or followed ("违反<title>会…"), asked a yes/no about something it might hold, or quoted
// the English rendering in other inflections ("lecturer usage rules" for "the rules for using lecturers").
const ONLY_TITLE = /only its title|只列了它的标题/;

describe('an agenda item with only a title states nothing asked of it, however plainly the asker names it', () => {
  it("the item put as the question's topic, the question after it", () => {
    expect(declined('讲师使用规则 那部分有没有说讲师不能留微信？')).toMatch(ONLY_TITLE);
    expect(declined('讲师使用规则 - do trainers we pay ourselves fall under it?')).toMatch(ONLY_TITLE);
  });

  it('the item as what is broken or followed', () => {
    expect(declined('违反讲师使用规则的商家会被扣分吗？')).toMatch(ONLY_TITLE);
  });

  it('a yes/no about something the item might hold, the item bracketed', () => {
    expect(declined('Under the lecturer rules (讲师使用规则), may an outside coach run our sales training?')).toMatch(ONLY_TITLE);
  });

  it('the English rendering quoted in other inflections of its words', () => {
    expect(declined("what exactly does the 'lecturers usage rule' say?")).toMatch(ONLY_TITLE);
  });

  it('whether the item was on the agenda, and who organised the briefing, are still answered', () => {
    expect(answered("was the 'lecturer usage rules' item on the agenda?")).toMatch(/^Yes/);
    expect(answered('这次全网发布会由哪个部门负责？')).toContain('商家业务部');
  });
});

import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

// The agenda lists "讲师使用规则重点强调" and "4月商家提效工具速递" with nothing under them. Writers of five stranger sets
// asked what those items said in ways the agenda check missed: the title's Chinese phrase in brackets after an English
// rendering, a question scoped into the item ("…里，…会怎么处罚"), the whole title followed by "具体规则是什么", the
// English rendering quoted, or a title whose own number ("4月") was taken for agenda numbering.
describe('what an agenda item with only a title covered is not stated, however the asker names the item', () => {
  it('the title phrase in brackets after an English rendering', () => {
    expect(declined('What did they say about the lecturer usage rules (讲师使用规则)?')).toMatch(/only its title|只列了它的标题/);
  });

  it('a question scoped into the item asks of its contents, whatever other words it holds', () => {
    expect(declined('讲师使用规则里，商家违规使用讲师会怎么处罚？')).toMatch(/只列了它的标题/);
    expect(declined('讲师使用规则里对讲师收费有什么规定？')).toMatch(/只列了它的标题/);
  });

  it('the whole title named, then asked what it is', () => {
    expect(declined('目录里写的讲师使用规则重点强调，具体规则是什么？')).toMatch(/只列了它的标题/);
  });

  it('the title quoted, its own words ("lecturer") asking for no person', () => {
    expect(declined("agenda mentions '讲师使用规则重点强调' — what are the lecturer usage rules exactly?")).toMatch(/only its title|只列了它的标题/);
  });

  it('the English rendering quoted, and a title whose number is its own', () => {
    expect(declined("what's in the 'April efficiency tools roundup' they listed in the agenda?")).toMatch(/only its title|只列了它的标题/);
    expect(declined("what's in the 'April merchant efficiency tools' update (4月商家提效工具速递)? which tools?")).toMatch(/only its title|只列了它的标题/);
  });

  it('who presented an item, or when, is still answered from the agenda', () => {
    answered("who presented the 'April efficiency tools roundup'?");
    answered('“讲师使用规则重点强调”是谁讲的');
    answered('“4月商家提效工具速递”是什么时候讲的');
  });
});

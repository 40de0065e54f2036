import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds, unsupportedAskKinds } from '../src/faq/asks.js';
import { loadKnowledge } from '../src/faq/knowledge.js';

const faq = createPolicyFaq({ llm: null });

describe('answerable questions the decline rules used to catch are answered', () => {
  it('a yes/no offering an alternative is answered by the line holding that alternative, without a Yes or No', () => {
    for (const q of [
      'is hard evidence needed before a penalty, or is it enough that the platform has reasonable grounds?',
      'does alibaba need real evidence to penalise a false price? or is having reasonable grounds to believe it enough',
      '平台处罚虚假价格一定要有证据吗，还是有合理理由认为就行',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/reasonable grounds|合理理由/);
      expect(a.answer, q).not.toMatch(/^(Yes|No)\b/);
    }
  });

  it('a plain yes/no held by the first lines together is answered (the rule names the channel, the example the app)', () => {
    // (the seen set's wording: other wordings reach the example line by the section ranking already)
    const a = faq.askLocal('在RFQ报价里写上自己的Skype算违规吗');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/RFQ/);
  });

  it('an ask for an address shown only in a line of the section (a masked e-mail in a signature example) is answered', () => {
    expect(faq.askLocal('签名档那个例子里给的邮箱是什么后缀？').declined).toBe(false);
    const a = faq.askLocal('What e-mail address does the signature example show?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('qq.com');
  });

  it('only kinds marked for lines look in the lines: a criteria ask still needs the section text to define the term', () => {
    const kinds = loadAskKinds();
    const sections = loadKnowledge('rules').sections;
    const everyLine = () => ['标准：即包括以下定义'];
    const criteria = unsupportedAskKinds('潜力品按什么标准判定', sections.filter((s) => s.id === 'growth.newbie-tasks'), kinds, everyLine).map((k) => k.id);
    const identifier = unsupportedAskKinds('邮箱地址是什么', sections.filter((s) => s.id === 'growth.newbie-tasks'), kinds, () => ['Email: *****@163.com']).map((k) => k.id);
    expect(identifier).not.toContain('identifier');
    expect(criteria).toContain('criteria');
  });

  it('a period that starts the day after a step names its start', () => {
    for (const q of ['新手任务全做完以后，星等级评定哪天开始算？', '任务完成了，评定是从什么时候开始计算的']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toContain('次日');
    }
  });

  it('a relative "where" clause is no question of its own: an unstated points figure stays declined', () => {
    for (const q of [
      "For listings where the price is fake and the shop is 屏蔽并扣分, exactly how many points get deducted?",
      'For products where the price is fake and the shop gets shielded, exactly how many points are deducted?',
    ]) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });
});

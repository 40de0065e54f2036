import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const declined = (q: string) => faq.askLocal(q);

describe('an ask whose slot no line holds is declined, saying what is not stated and quoting what is', () => {
  it('a fine (money taken as a penalty) is not among the penalties the briefing lists', () => {
    const zh = declined('引导站外沟通被抓到，要交多少罚款？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/罚款/);
    const en = declined('if we get caught with fake MOQ, how big is the fine?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/fine/);
  });

  it('what an abbreviation stands for is declined when no line spells it out, answered when one does', () => {
    const a = declined('SKA是什么的缩写？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/缩写的全称/);
    const b = faq.askLocal('What does 3R stand for in the ICBU green product system?');
    expect(b.declined).toBe(false);
    expect(b.answer).toMatch(/Reduce, Reuse, Recycle/);
  });

  it('how far a ranking moves up, asked in colloquial words, is a figure the briefing never gives', () => {
    expect(declined('做了绿色工厂，排名能往前挪几位？').declined).toBe(true);
  });

  it('putting a delisted product back up, in plain English, is a relisting the briefing never describes', () => {
    expect(declined('once a listing is zeroed and pulled, how soon can we get it back up online?').declined).toBe(true);
  });

  it('a month the asker names for the published list is a period the briefing\'s own round does not cover', () => {
    expect(declined('2月份公示了多少家商家？').declined).toBe(true);
  });

  it('"啥时候" asks when: a line with no date declines it, a dated line answers it', () => {
    expect(declined('沃尔玛的碳足迹标签要求啥时候开始强制？').declined).toBe(true);
    const a = faq.askLocal('绿色工厂的权益啥时候全量开放');
    expect(a.declined).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/5月底/);
  });

  it('"开放" names a launch as "上线" does: a launch line answers it, another event\'s date does not', () => {
    const a = faq.askLocal('绿色工厂的认证申请什么时候开放？');
    expect(a.declined).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/5月中旬/);
    expect(declined('平台的碳足迹标签体系大概什么时候能开放呀？').declined).toBe(true);
  });
});

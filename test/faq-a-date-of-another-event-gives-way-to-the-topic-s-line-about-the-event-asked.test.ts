import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A topic may state a date for several of its events ("预计5月底全量上线" for the green-factory benefits, "预计5月中旬上线"
// under "如何申请"): when the first dated line found is about another event, the topic's dated line about the event asked
// answers, not a decline; a number the asker gives that another line holds ("ruleId 20000421") keeps it declined.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, `${q} -> ${a.answer}`).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe("a date of another event gives way to the topic's line about the event asked", () => {
  it('applying opens in mid-May, not with the benefits at the end of May', () => {
    expect(lead('申请成为可持续发展工厂的入口什么时候上线')).toContain('5月中旬');
    expect(lead('可持续发展工厂的申请入口啥时候开放')).toContain('5月中旬');
    expect(lead('How soon can we apply to become a sustainable development factory?')).toMatch(/mid-May/);
  });

  it('the benefits keep their own date', () => {
    expect(lead('可持续发展工厂的权益什么时候上线')).toContain('5月底');
  });

  it('a rule number another line holds is not answered with a date of another rule', () => {
    expect(faq.askLocal('ruleId 20000421 这条规则是哪天开始生效的').declined).toBe(true);
  });
});

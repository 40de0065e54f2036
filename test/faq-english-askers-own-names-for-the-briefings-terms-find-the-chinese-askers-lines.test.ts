import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// English speakers paraphrase the briefing's terms instead of translating them ("called out" for 公示, "proof" for
// 合理理由, "the boss's card" for 法人银行卡): the glossary and the lines' English renderings carry those names, so an
// English question reaches the line a Chinese one does.
const faq = createPolicyFaq();

describe("an English asker's own name for a briefing term finds the line the Chinese term finds", () => {
  it('being called out on the published list finds the named merchants\' 7-day fix', () => {
    const zh = faq.askLocal('我们上了公示名单，要在几天内改好产品？');
    const en = faq.askLocal('our store got called out on the list - how many days do we get to sort out the products?');
    expect(zh.answer).toMatch(/7天/);
    expect(en.declined).toBe(false);
    expect(en.answer).toMatch(/7 days|7天/);
  });

  it('proof or suspicion finds the reasonable-grounds line', () => {
    const a = faq.askLocal('Can the platform punish a seller for fake prices on suspicion alone, with no evidence?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/reasonable grounds|合理理由/);
  });

  it('"penalized" and "faking" are the penalty and false information', () => {
    const a = faq.askLocal('Will a product get penalized for faking its minimum order?');
    expect(a.declined).toBe(false);
    expect(a.sources[0]).toMatch(/^false-info\./);
  });

  it('"follow ups" is no carrier: the presenter asked for is named', () => {
    const a = faq.askLocal('who presented the FollowMe part? I want to send follow ups');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('司晴');
  });

  it('the fee-free threshold counts the three modes together', () => {
    const a = faq.askLocal('Is the 300k fee-free amount per withdrawal mode, or are the modes added together?');
    expect(a.answer).toMatch(/combined|together|合计/);
  });

  it('paying a supplier abroad is the overseas payment, with its own fee', () => {
    const a = faq.askLocal('what does it cost to pay an overseas supplier through Pay?');
    expect(a.sources[0]).toBe('pay.overseas-payment');
    expect(a.answer).toContain('0.125%');
  });
});

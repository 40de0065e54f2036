import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('"does X affect Y?" is answered only by a line that names both what acts and what it acts on', () => {
  it('lines about the acted-on thing alone (the star level) do not say whether a warning touches it', () => {
    const a = faq.askLocal('被警告过一次，会影响星等级吗');
    expect(a.declined).toBe(true);
  });

  it('the asker\'s figure inside a term ("扣6分") does not hide what acts', () => {
    expect(faq.askLocal('被扣了6分的话会影响星等级吗').declined).toBe(true);
  });

  it('"X会给Y加权" names what is acted on between the marker and the verb', () => {
    expect(faq.askLocal('有了绿色工厂 tag 会给 search ranking 加权吗').declined).toBe(true);
  });

  it('a line naming both sides answers: fake pricing and marketing events are both in the root-cutting measure', () => {
    const zh = faq.askLocal('虚假价格会影响我们参加营销活动吗');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toMatch(/^会/);
    const en = faq.askLocal('will fake prices affect our marketing campaign access?');
    expect(en.declined).toBe(false);
    expect(en.answer).toMatch(/^Yes/);
  });

  it('a comparative ("way lower than") is no verb of effect', () => {
    const a = faq.askLocal('our listed price is way lower than everyone else in the category, about 1/8 of market. is that an issue?');
    expect(a.declined).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

// polarity.yaml `slots`: which account is used, how many places a campaign has
describe('a value of a slot the line states otherwise is a no', () => {
  it('a sub-account proposed where the line names the main account: no, with the main account', () => {
    expect(lead('Could my sales rep use his sub-account to grab the recruiting coupon?')).toMatch(/^No\b.*main account/);
    expect(lead('招聘直播的券能用子账号领吗？')).toMatch(/^不.*主账号/);
    expect(lead('领招聘券要登录主账号对吗？')).toMatch(/^(是|需要|要)/);
  });

  it('unlimited places proposed where the line caps them: no, with the cap', () => {
    expect(lead('Are the spots for the free recruiting livestream unlimited?')).toMatch(/^No\b.*700/);
    expect(lead('直播带岗活动名额不限的吧？')).toMatch(/^不.*700/);
  });
});

describe('a confirmation ending in 的吧/了吧 asks yes or no', () => {
  it('is led by yes or no', () => {
    expect(lead('直播带岗是在智联招聘APP上播的吧？')).toMatch(/^(是|会|可以|能)/);
  });
});

describe('a standard named in other words is checked against the categories it lists', () => {
  it('a category its row does not list is a no; one it lists a yes', () => {
    expect(lead('Does the textile and apparel standard also cover machinery?')).toMatch(/^No\b/);
    expect(lead('纺织服装那个标准适用于机械类目吗？')).toMatch(/^不是/);
    expect(lead('Does the apparel standard cover home textile fabrics?')).toMatch(/^Yes\b/);
  });

  it('a category word inside a product name ("solar modules") is the product, not the components category', () => {
    const first = lead('Is there a green factory standard for solar modules?');
    expect(first).toMatch(/Photovoltaic|光伏/);
    expect(first).not.toMatch(/模组/);
  });
});

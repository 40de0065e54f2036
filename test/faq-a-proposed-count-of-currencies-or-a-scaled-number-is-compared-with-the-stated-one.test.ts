import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no proposing a figure the line writes in words or with a scale (八大币种, 10万, 10,000) is compared by value', () => {
  it('a number of currencies: "八大币种" states 8', () => {
    expect(lead('Does the global account hold 15 currencies?')).toMatch(/^No\b.*8 currencies/);
    expect(lead('全球收款账户能收10种币吗？')).toMatch(/^(不是|不能).*8/);
    expect(lead('The global collection account takes 8 currencies, correct?')).toMatch(/^Yes\b/);
  });

  it('a count scaled by 万 or written with thousands separators', () => {
    expect(lead('Did Walmart require 50,000 suppliers to carry carbon labels?')).toMatch(/^No\b/);
    expect(lead('沃尔玛是要求5万家供应商贴碳足迹标签吗？')).toMatch(/^不是.*10万/);
  });
});

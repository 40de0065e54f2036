import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// The buyer-demand slide lists parallel bullets, each about its own actor: the EU plans a carbon tariff from 2023,
// Amazon launched a label, Walmart requires 100,000 suppliers to carry carbon-footprint labels. A year asked of Walmart
// is not the EU's year.
describe('a year asked of the actor a sibling bullet names is declined', () => {
  it('from which year Walmart requires the labels', () => {
    const a = faq.askLocal('沃尔玛要求供应商带碳足迹标签是从哪一年开始？');
    expect(a.declined).toBe(true);
    expect(a.answer).not.toContain('2023');
  });

  it('the same asked in mixed wording', () => {
    expect(faq.askLocal('Walmart 要求供应商带碳足迹标签 是从哪年起？').declined).toBe(true);
  });
});

describe('the bullet that names the actor still answers', () => {
  it('the EU carbon tariff year', () => {
    const a = faq.askLocal('欧盟计划哪一年引入碳关税？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('2023');
  });

  it('how many suppliers Walmart requires', () => {
    const a = faq.askLocal('沃尔玛要求多少供应商带碳足迹标签？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('10万');
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The false-price screenshot is a row of gram ranges over a row of prices. Nearly every round asks the price at some
// quantity (">=15000克那档", "15kg+", "100-999g"); the answer led with a number of the range row ("999"). A quantity named in
// the table's unit (arithmetic.yaml tierUnits) falls in one range, and that range's price cell is the answer.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a quantity asked of a tier table gets its tier’s price', () => {
  it('a figure inside a range, in kilograms', () => {
    expect(lead('接发那张虚假价格截图里，买12公斤是什么单价？')).toMatch(/\$130\.00/);
  });

  it('the top tier asked in grams, in English', () => {
    expect(lead('hair extension screenshot: what per-gram price does a 20000 g order get?')).toMatch(/\$13\.50/);
  });

  it('two tiers and how many times apart', () => {
    const l = lead('假发截图中 500克 的单价是 20000克 的几倍？');
    expect(l).toMatch(/\$1,500\.00/);
    expect(l).toMatch(/\$13\.50/);
    expect(l).toMatch(/111倍/);
  });

  it('a quantity in another unit is not read off the gram table', () => {
    expect(lead('What price did the quartz tile example show for 100 square meters?')).not.toMatch(/Grams/);
  });
});

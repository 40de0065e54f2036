import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { predicateBefore } from '../src/faq/asking.js';

const faq = createPolicyFaq({ llm: null });
const HOWLONG = /多久|几天/;

describe('a figure asked of an act the briefing never names, put before the question word, is declined', () => {
  it('the act between the modal and a question word that ends the clause is what the figure is of', () => {
    expect(predicateBefore('这场的replay在外贸云课堂能保存多久？', HOWLONG)).toBe('保存');
    expect(predicateBefore('多久能恢复', HOWLONG)).toBeNull();
    expect(predicateBefore('审核多久', HOWLONG)).toBeNull();
  });

  it('a length of time of an act no line names is not the session\'s clock span', () => {
    expect(faq.askLocal('这场的replay在外贸云课堂能保存多久？').declined).toBe(true);
  });

  it('a length of time of an act the briefing states is still answered', () => {
    const a = faq.askLocal('提现多久能到账？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/小时/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a figure proposed against the figure a line states now', () => {
  it('a count of items: the old count of a change is a no', () => {
    expect(lead('Are the starter tasks still 5 items?')).toMatch(/^No\b/);
    expect(lead('新手任务现在是4项吗？')).toMatch(/^是/);
  });

  it('a price in yuan: the original price is not what is paid now', () => {
    expect(lead('Do merchants have to pay 1500 yuan for the live recruiting service?')).toMatch(/^No\b/);
    expect(lead('Is the live recruiting service 0 yuan for Verified Suppliers?')).toMatch(/^Yes\b/);
  });
});

describe('the part of the day something was held', () => {
  it('against the stated hours', () => {
    expect(lead('Did the April briefing take place in the evening?')).toMatch(/^No\b/);
    expect(lead('发布会是上午开的吗？')).toMatch(/^是/);
  });
});

describe('a launch the line gives as expected is not live yet', () => {
  it.each(['Are green factory benefits already fully live?', '绿色工厂权益已经全量上线了吗？', 'Is the growth guide upgrade live now?'])('%s', (q) => {
    expect(lead(q)).toMatch(/^(No\b|不|没有)/);
  });
});

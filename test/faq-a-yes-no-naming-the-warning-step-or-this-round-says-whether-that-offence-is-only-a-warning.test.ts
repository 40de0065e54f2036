import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe("the off-platform ladder's first step is a warning: a yes/no naming the warning asks whether the offence is at that step", () => {
  it('a repeat is no longer only a warning', () => {
    expect(lead('Will our third off-platform violation be just a warning too?')).toMatch(/^No\b.*3 points/);
    expect(lead('再犯一次还是警告吗？')).toMatch(/^不.*扣3分/);
    expect(lead('If a rep pulls a buyer to WhatsApp a second time, do we only get warned again?')).toMatch(/^No\b/);
  });

  it('the first offence is', () => {
    expect(lead('Is a first off-platform offence only a warning?')).toMatch(/^Yes\b.*warning/);
    expect(lead('第一次拉线下是警告吗')).toMatch(/^是.*警告/);
  });

  it('the current round of the named list is the first step: no points', () => {
    expect(lead('本轮名单上的商家会扣分吗')).toMatch(/^不会.*不扣分/);
    expect(lead('Do merchants named this round lose points?')).toMatch(/^No\b.*no points/);
  });

  it('a question about points after a warning asks the points, not whether it is a warning', () => {
    expect(lead('收到警告后第二次拉线下会扣分吗')).toMatch(/^会.*扣3分/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('the quoted lines are the ones that hold the question, wherever they sit', () => {
  it('quotes a line of another section when it holds more of the question than the answered section does', () => {
    // the section ranking answers from the governance measures (complaints are recorded and punished); what happens
    // to a complained-about product once verified is stated in the briefing's FAQ
    const a = faq.askLocal('对于买家投诉的虚假产品，平台核实后怎么处理');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0分下架');
  });

  it('adds no other section to an answer whose first line already holds the whole question', () => {
    const first = faq.askLocal('对公提现手续费多少');
    const follow = faq.askLocal('那法人呢？', { previousSectionIds: first.sources });
    expect(follow.sources).toEqual(['pay.withdraw-legal-rep']);
  });

  it('answers from one line when that line and the nearest seen questions agree on its section', () => {
    expect(faq.askLocal('绿色制造成了哪个五年规划里的强国战略任务').answer).toContain('十三五');
    const noise = faq.askLocal('环境排放那个维度包括噪声控制吗');
    expect(noise.declined).toBe(false);
    expect(noise.answer).toContain('噪声排放控制');
  });

  it('still declines when the agreeing line misses a word of a short question', () => {
    expect(faq.askLocal('Can you ship my goods to Mars?').declined).toBe(true);
  });
});

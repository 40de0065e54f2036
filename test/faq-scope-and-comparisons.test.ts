import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { answerToReply } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('policy FAQ scope and comparisons (LLM off)', () => {
  it('declines questions about another platform even when the policy words match', () => {
    for (const q of ['eBay上价格虚低也会被0分下架吗', 'Does Shopee punish sellers who move buyers to WhatsApp?', 'PayPal提现到对公账户收多少手续费']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });

  it('still answers the same kind of question about Alibaba.com itself', () => {
    expect(faq.askLocal('价格虚低也会被0分下架吗').declined).toBe(false);
    expect(faq.askLocal('对公提现收多少手续费').answer).toContain('0.125%');
  });

  it('answers a comparison with both sections and cites both', () => {
    const a = faq.askLocal('法人提现 vs 对公提现，手续费差多少');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.125%');
    expect(a.answer).toContain('0.3%');
    expect(new Set(a.sources)).toEqual(new Set(['pay.withdraw-corporate', 'pay.withdraw-legal-rep']));
    const text = answerToReply(a).text;
    expect(text).toContain('0.125%');
    expect(text.match(/来源：/g)).toHaveLength(2);
  });

  it('answers a single-topic question with one section only', () => {
    expect(faq.askLocal('法人提现手续费多少').sources).toEqual(['pay.withdraw-legal-rep']);
  });

  it('prefers the penalty section over the definition when the question asks about punishment', () => {
    expect(faq.askLocal('在聊天里留微信号，会被怎么罚').sources[0]).toBe('offplatform.penalty');
  });
});

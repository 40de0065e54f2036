import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a school or writing task named before the question ("For a uni report:", "写论文用：") is read as not there', () => {
  it('English: the question after the aside gets the same answer as without it', () => {
    for (const [aside, q, fact] of [
      ['For my dissertation - ', 'when does the FollowMe topic call for submissions run?', /30 April|April 30/],
      ['For a school project: ', 'how much does corporate withdrawal cost?', /0\.125%/],
      ['For a class presentation: ', "what's the web address of the official learning channel?", /peixun\.alibaba\.com/],
    ] as const) {
      const bare = faq.askLocal(q);
      const framed = faq.askLocal(aside + q);
      expect(framed.declined, aside + q).toBe(false);
      expect(framed.answer, aside + q).toMatch(fact);
      expect(framed.answer.split('\n')[0]).toBe(bare.answer.split('\n')[0]);
    }
  });

  it('Chinese: "做作业用的，" and "写报告用：" before the question', () => {
    expect(faq.askLocal('做作业用的，FollowMe招稿时间是哪几天？').answer).toMatch(/4月30日/);
    expect(faq.askLocal('写报告用：外贸云课堂的网址是什么？').answer).toMatch(/peixun\.alibaba\.com/);
    expect(faq.askLocal('写报告用：企业对公提现费率多少？').answer.split('\n')[0]).toMatch(/0\.125%/);
  });
});

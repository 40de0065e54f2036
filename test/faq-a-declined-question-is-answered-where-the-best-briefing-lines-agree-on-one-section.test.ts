import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('the best lines of the whole briefing agreeing on one section answer a question the section summaries miss', () => {
  it('a colloquial question about a service detail only the lines carry', () => {
    const a = faq.askLocal('检测报告验真这个服务是干什么的，有什么好处？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('全链路');
  });

  it('an English question naming an example from the slides', () => {
    const a = faq.askLocal('Which eco label did Amazon bring out, per the green factory talk?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('Climate Pledge Friendly');
  });

  it('a plain yes/no about that detail is not answered from topic lines that never speak to it', () => {
    expect(faq.askLocal('检测报告验真的标识能放到独立站上吗？').declined).toBe(true);
  });

  it('an ask the topic never states (a refund) is still declined', () => {
    expect(faq.askLocal('SGS报告验真套餐里的报告可以退款吗').declined).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('what the briefing cannot know is declined, not answered from the neighbouring line', () => {
  it('the language a hotline or its staff speak is never stated', () => {
    const zh = faq.askLocal('Pay 的客服热线有英文客服吗？我们财务是外国人');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/其他语言/);
    const en = faq.askLocal('Does the Pay hotline have English-speaking support for our foreign finance team?');
    expect(en.declined).toBe(true);
  });

  it('a recording "subtitled" in another language is a version in another language', () => {
    const a = faq.askLocal('Is the session replay subtitled in English for our overseas sales team?');
    expect(a.declined).toBe(true);
  });

  it('whether the limited places are full by now is a live state, not the announced limit', () => {
    expect(faq.askLocal('直播带岗那700个名额 现在满了没').declined).toBe(true);
    expect(faq.askLocal('are the free hiring-stream places already full?').declined).toBe(true);
  });

  it('the announced limit itself is still answered', () => {
    const a = faq.askLocal('直播带岗活动一共有多少个名额？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/700/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a lead time ("至少提前5天") answers "by when at the latest" when its clause is about the thing asked', () => {
  it('the recruiting materials are due 5 days before the stream', () => {
    const a = faq.askLocal('直播招聘要交的岗位需求和视频素材，最迟什么时候给到？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('5天');
  });

  it('a sign-up deadline is not that lead time: the briefing gives no date for it', () => {
    expect(faq.askLocal('金品直播带岗的报名最晚到哪天截止？').declined).toBe(true);
  });
});

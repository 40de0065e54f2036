import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAlternativeRules, offeredAlternatives } from '../src/faq/alternatives.js';

const faq = createPolicyFaq({ llm: null });
const rules = loadAlternativeRules(join(__dirname, '..', 'rules', 'ask', 'alternatives.yaml'))!;

describe('the two alternatives a question offers', () => {
  it('are cut to their own words, in English and Chinese', () => {
    expect(offeredAlternatives('Are the 7 days to fix a named store working days or calendar days?', rules)).toEqual(['working days', 'calendar days']);
    expect(offeredAlternatives('整改期那14天，是按自然日算还是按工作日算？', rules)).toEqual(['自然日', '工作日']);
    expect(offeredAlternatives('Is the penalty for a fake MOQ a fine or a deposit deduction?', rules)).toEqual(['fine', 'deposit deduction']);
    expect(offeredAlternatives('How many days do I have to fix it?', rules)).toBeNull();
  });
});

describe('a choice between two alternatives the briefing names neither of', () => {
  it.each([
    "Are the 7 days to fix a named store's listings working days or calendar days?",
    '整改期那14天，是按自然日算还是按工作日算？',
    '违规名单商家7天内修改，这7天算工作日还是自然日？',
    'Is the 30-day newbie window counted in business days or calendar days?',
    'Is the penalty for a fake MOQ a fine or a deposit deduction?',
    '新手任务里的视频要求是横屏还是竖屏？',
  ])('is declined, not answered from the line about its subject: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/names neither|两种说法它都没有提到/);
  });
});

describe('a choice the lines do answer', () => {
  it('is answered when a line holds one side, worded with a character of its own ("打折" for "折扣")', () => {
    const a = faq.askLocal('SNS分享的优惠商品模板，抓的是打折的产品还是最新上架的产品？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('折扣');
  });

  it('is answered when a line of the topic says "around the clock" to "at night or on weekends"', () => {
    const a = faq.askLocal('can we convert currencies on weekends or at night in Pay?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('7*24');
  });

  it('is judged by the figures, not by this check, when the sides are figures', () => {
    const a = faq.askLocal('Overseas payment from the Pay account — T+0 or T+1?');
    expect(a.declined).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "How many penalty points in total before the account is closed" asks a cumulative threshold; the briefing gives only
// points per offence. The threshold ask (rules/ask/asks.yaml) matched "how many points ... before" and missed the same
// question with a word or two between "how many" and "points" ("penalty", "total", "demerit"), so a per-offence line
// was quoted as if it answered. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('a points total asked with words before "points" is a threshold the briefing never states', () => {
  it('is declined in English with one or two modifiers', () => {
    const a = faq.askLocal('How many demerit points altogether before the shop is shut for steering buyers offline?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/exact threshold/);
    expect(faq.askLocal('how many total deducted points until our store gets closed?').declined).toBe(true);
  });

  it('is declined in Chinese', () => {
    expect(faq.askLocal('累计扣多少分店铺会被关闭？').declined).toBe(true);
  });

  it('the points of one offence are still answered', () => {
    expect(faq.askLocal('How many points is a second off-platform offence?').answer).toMatch(/3 points/);
    expect(faq.askLocal('第二次引导站外扣几分？').answer).toMatch(/3分/);
  });
});

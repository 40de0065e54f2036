import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A who-question about a relation the briefing never states: who pays for travel or board around an activity, and which
// lecturer teaches which numbered chapter (the outline numbers chapters, the lecturer list names people; nothing pairs
// them). A neighbouring line names the activity or the lecturers, so without these asks (rules/ask/asks.yaml
// cost-bearer, chapter-lecturer) it was quoted as if it answered. Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('who bears a cost, or teaches a numbered chapter, is declined where the briefing does not say', () => {
  it('who pays for the benchmark visit trip is declined, in English and Chinese', () => {
    const en = faq.askLocal('For the top-10 benchmark visit, who pays for the travel?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/who bears that cost/);
    const zh = faq.askLocal('如果被选中去标杆走访，路费和住宿谁出？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/费用由谁承担/);
  });

  it('a service the briefing says is free is no unstated cost', () => {
    expect(faq.askLocal('who pays the Zhaopin service fee for live recruiting?').declined).toBe(false);
  });

  it('which lecturer teaches a numbered chapter is declined, in English and Chinese', () => {
    const en = faq.askLocal('Which lecturer covers chapter 2 of the gold supplier course?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/which lecturer teaches which chapter/);
    expect(faq.askLocal('金品官方课第二章是哪位讲师讲的？').declined).toBe(true);
  });

  it('a lecturer asked by topic, or a chapter asked by content, is still answered', () => {
    expect(faq.askLocal('who teaches the RFQ part in the gold course?').answer).toMatch(/闫琪/);
    expect(faq.askLocal('金品课第三章讲什么？').answer).toMatch(/金品商家享受/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The live-recruiting offer calls its hosts only Zhaopin's gold recruiting hosts (智联金牌主播) and names none. Asking
// for their names was answered with the offer's lines (rules/ask/asks.yaml host-names). Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('the names of hosts named only by role are declined', () => {
  it('which host, or the hosts\' names, is declined, in Chinese and English', () => {
    const zh = faq.askLocal('直播带岗是哪位主播来播？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/主播的名字/);
    const en = faq.askLocal('What are the names of the gold hosts who stream for us?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/the hosts' names/);
  });

  it('who arranges the host, and how many sessions they stream, are still answered', () => {
    expect(faq.askLocal('Who arranges the host for the recruiting live stream?').declined).toBe(false);
    expect(faq.askLocal('智联金牌主播连播几场？').answer).toMatch(/5场/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The briefing names Pay's partner banks (citibank, J.P.Morgan and their branches) and leaves the "稳定合作机构" heading
// empty: no partner institution is ever named. Asking which they are, or who the others are beside the banks, was
// answered from the neighbouring bank lines (rules/ask/asks.yaml partner-institutions). Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('which partner institutions stand behind Pay is declined', () => {
  it('asking for the institutions by name is declined, in Chinese, English and mixed wording', () => {
    const zh = faq.askLocal('Pay 的稳定合作机构都有谁？列一下名字');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/具体是哪些合作机构/);
    const en = faq.askLocal('Apart from Citibank and J.P. Morgan, which other partners does Alibaba.com Pay work with?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/which partner institutions those are/);
    expect(faq.askLocal('What payment institutions does Pay rely on for settlement?').declined).toBe(true);
    expect(faq.askLocal('外管批复的那家国内合作机构是哪家公司').declined).toBe(true);
    expect(faq.askLocal('Pay 除了 Citi 跟 JPM 还有别的 partner 机构吗？叫什么').declined).toBe(true);
  });

  it('whether the domestic institution is approved, and an institution named elsewhere, are still answered', () => {
    expect(faq.askLocal('Pay 的国内合作机构拿到外管批复了没有？').declined).toBe(false);
    expect(faq.askLocal('does the domestic partner institution behind Pay hold a regulator approval?').declined).toBe(false);
    expect(faq.askLocal('服务市场里做RoHS测试的是哪家机构？').answer).toMatch(/南德认证检测/);
  });

  it('who approved or licensed the domestic institution asks of the approval, which the line names (外管)', () => {
    for (const q of ['Which regulator licensed the domestic partner institution behind Pay?', 'who approves the domestic partner institution Pay works with?', '国内合作机构是谁批复的？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/外管|SAFE/);
    }
  });

  it('other formats asked beside a named one are no partner question', () => {
    expect(faq.askLocal('apart from new arrivals, what other share templates does SNS offer?').declined).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The briefing says the second list of serious violators comes out in late May, never whom it will name. Asking who
// will be on it, or whether one's own shop will, was answered with the publication line (rules/ask/asks.yaml
// future-list-members). Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('who will be on the coming list is declined', () => {
  it('who or which companies the next list names is declined, in English and Chinese', () => {
    const en = faq.askLocal('Which merchants will end up on the next batch list?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/who will be on the coming list/);
    const zh = faq.askLocal('第二批名单里有哪些公司');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/下一批名单会列入哪些商家/);
  });

  it("whether one's own shop will be on it is declined, in Chinese and English", () => {
    expect(faq.askLocal('我们收到预警了，会不会上第二批名单？').declined).toBe(true);
    expect(faq.askLocal('Are we going to be on the May list if we fix things now?').declined).toBe(true);
  });

  it('when the list comes out, and who is on the April list, are still answered', () => {
    expect(faq.askLocal('第二批严重违规商家名单什么时候公示？').answer).toMatch(/5月下旬/);
    expect(faq.askLocal('When will the second batch of serious violators be published?').answer).toMatch(/late May/);
    expect(faq.askLocal('April名单里有北京公司吗').declined).toBe(false);
  });
});

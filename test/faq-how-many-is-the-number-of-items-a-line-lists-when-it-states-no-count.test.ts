import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "几家银行" against "全球收款账户 (摩根大通新加坡分行/花旗银行新加坡分行/花旗银行香港分行)": the briefing lists the banks
// but never counts them, and a figure elsewhere in the topic ("0维护费") counts nothing of the kind.
const faq = createPolicyFaq({ llm: null });

describe('how many is the number of items a line lists when it states no count', () => {
  it('counts the banks the global account is listed at, and names them', () => {
    for (const q of ['全球收款账户开在几家银行？', '收款账户背后一共有几家银行的分行？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/^共3家/);
      expect(a.answer, q).toContain('花旗银行香港分行');
    }
  });

  it('look-alike: a line that states its own figure keeps it (eight currencies)', () => {
    const a = faq.askLocal('全球收款账户支持几种币种？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/8|八/);
    expect(a.answer).not.toMatch(/^共3/);
  });

  it('look-alike: a count the briefing states outright is not replaced by a list', () => {
    const a = faq.askLocal('新手推荐任务现在一共有几项？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/4/);
  });
});

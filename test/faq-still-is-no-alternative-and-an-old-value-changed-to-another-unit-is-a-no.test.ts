import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer.split('\n')[0]!;

describe('a yes/no asking whether something still holds is answered yes or no', () => {
  it('还是 after 现在/目前/仍然 is "still", not the start of an alternative: the line leads a yes or a no', () => {
    expect(lead('RFQ报价1次现在还是新手任务吗')).toMatch(/^不/);
    expect(lead('开通信保现在还是新手任务吗')).toMatch(/^是/);
    expect(lead('发布30个潜力品目前还是新手任务吗')).toMatch(/^不/);
    expect(lead('2022年5月1日之前开通的商家，现在还是按原来的任务吗')).toMatch(/^是/);
  });

  it('a real choice with 还是 is still a choice', () => {
    // (no Yes or No leads an answer to "A还是B")
    expect(lead('星等级评定开启要看任务完成时间还是完成状态')).not.toMatch(/^(是|不|Yes|No)/);
  });

  it('an old value the line changed into another unit ("100%->满10个") is a no, with the value now', () => {
    for (const q of ['橱窗现在还是要100%吗', '橱窗要用到100%吗', '新手任务里橱窗要用100%吗']) {
      expect(lead(q), q).toMatch(/^不需要.*满10个/);
    }
    expect(lead('Does the showcase task still require 100%?')).toMatch(/^No\b/);
  });
});

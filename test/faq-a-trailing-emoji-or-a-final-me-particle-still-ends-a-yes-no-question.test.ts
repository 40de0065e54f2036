import { describe, expect, it } from 'vitest';
import { createPolicyFaq, withoutEmoji } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => faq.askLocal(q).answer;

describe('an emoji after a question, or 么 for 吗, still ends a yes/no question', () => {
  it('an English "…right" followed by an emoji is answered yes or no', () => {
    expect(lead('legal rep withdrawals can be in USD right 🙏')).toMatch(/^No\b/);
    expect(lead('the 14 day fix window also applies to named merchants right 😅')).toMatch(/^No\b/);
  });

  it('a Chinese 吗 followed by an emoji is answered yes or no', () => {
    expect(lead('我们加了个0.01美元的赠品SKU，让起价显示0.01，这样算违规吗😅')).toMatch(/^是的/);
  });

  it('a clause-final 么 asks as 吗 does', () => {
    expect(lead('法人提现能提美元么')).toMatch(/^不能/);
    expect(lead('我们加了个0.01美元的赠品SKU，让起价显示0.01，这样算违规么😅')).toMatch(/^是的/);
  });

  it('the 么 of 什么 or 怎么, with or without an emoji, asks no yes/no', () => {
    for (const q of ['签名档里写什么算违规？😅', '签名档里写什么算违规？']) expect(lead(q)).not.toMatch(/^(是的|不是|不算|算|会|不会|需要|不需要|能|不能)/);
  });

  it('takes out pictographs with their modifiers and joiners, and keeps words, digits and CJK', () => {
    expect(withoutEmoji('算违规么😅')).toBe('算违规么');
    expect(withoutEmoji('ok 👍🏽 right? 🧑‍💻')).toBe('ok right?');
    expect(withoutEmoji('4月28日 10:00 #1 法人提现')).toBe('4月28日 10:00 #1 法人提现');
  });
});

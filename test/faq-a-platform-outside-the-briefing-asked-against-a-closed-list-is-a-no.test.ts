import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a plain yes/no asking whether a closed list holds a platform the briefing never covers', () => {
  it('is answered no from the list (SNS shares to LinkedIn and Facebook only)', () => {
    for (const q of ['SNS智能营销能分享到Instagram吗？', 'Can SNS smart marketing share to Instagram?', 'SNS能同步到推特吗？', 'SNS智能分享支持TikTok吗？']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/^(No\b|不)/);
    }
  });

  it('but a plan, a when, or a question the list does not decide stays declined', () => {
    for (const q of ['Will Instagram or TikTok be added to SNS smart marketing and when?', 'SNS以后会支持TikTok吗？', 'Does Alibaba.com Pay accept PayPal?', 'Can I sell on Amazon too?']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });
});

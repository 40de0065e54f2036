import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep's own account named and then "is" (a weak name such as Line needs it), following the rep's social
// account or asking for the buyer's by name, and an offer made on a condition ("if you want I can email it"),
// which is the rep's own words rather than the buyer's reported wish.
const leaks: string[] = [
  '我的 Line 是 mei.textile，有事找我',
  'my line is shop.th_2, add me',
  'Follow our Instagram: bright.toys.factory for new styles',
  'Follow my Instagram for new styles every week',
  '你的脸书叫什么？我加你好友',
  'If you want, I can send the catalogue to your email. What is it?',
  'If you prefer, I can email you the price list, just give me your address',
];

const passes: string[] = [
  'my line is busy today, I will answer here in an hour',
  'Our production line is 2 weeks behind, sorry for the delay.',
  'Follow our instructions: the TikTok-style ring light needs a 5V adapter.',
  'If you prefer WhatsApp, sorry, we only chat here on Alibaba.',
  'Our product is trending on TikTok, what is your target price?',
];

describe('own handles after "is", social follows and conditional offers', () => {
  for (const text of leaks) {
    it(`flags: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      expect(r.findings.some((f) => f.rule !== 'classifier' && text.slice(f.start, f.end) === f.excerpt)).toBe(true);
    });
  }
  for (const text of passes) {
    it(`passes: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The talk moved to a phone call, a link pointed at in a profile or bio, and the seller's own mini-program shop.
// A courier's call, a declined call, a mini program that controls the product and on-platform links stay compliant.
const leaks: string[] = [
  "Please share a contact number so we can discuss the details by phone.",
  "Let's talk over the phone, it's quicker.",
  "您方便的话我们电话里细谈",
  "Können wir das per Telefon besprechen?",
  "Cheaper prices on our own site, link in my profile pic.",
  "The link is in our bio, all new models there.",
  "官网链接在我主页简介里",
  "小程序搜“恒达灯饰商城”就能下单，比阿里便宜",
  "Order on our WeChat mini program, it's 10% cheaper.",
];

const passes: string[] = [
  "The DHL driver will call you by phone before delivery.",
  "Sorry, we can't discuss by phone, but I'm online here all day.",
  "This lamp is controlled by our mini program, pairing takes one minute.",
  "扫码打开小程序配网，就可以用手机控制灯",
  "The link to our product video is in the chat above.",
  "Please click the link in our Alibaba store profile to see certificates.",
  "The phone holder in the photo is our bestseller.",
];

describe('talk by phone, links in a bio and mini-program shops', () => {
  for (const text of leaks) {
    it(`flags: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      expect(r.findings.some((f) => f.rule !== 'classifier' && text.slice(f.start, f.end) === f.excerpt)).toBe(true);
      expect(checker.checkLocal(r.rewrite!).leak, r.rewrite!).toBe(false);
    });
  }
  for (const text of passes) {
    it(`passes: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Every block of the briefing's lines carries its presenter ("主讲：阿里小二 …"). Asking who presented a part was
// answered with whichever speaker line matched the question's words, or with the part's own lines and no name; a
// presenter the asker proposes was never confirmed or corrected, and "were A and B given by the same person?" was
// read as a plain yes. The part named is now looked up by its lines and its presenter answered. Wordings written for
// this test.
const faq = createPolicyFaq({ llm: null });

describe('who presented a part is read from the presenter of its lines', () => {
  it('the presenter of a named part, in Chinese and English', () => {
    const zh = faq.askLocal('讲绿色工厂认证那一段的是哪位小二？谁讲的');
    expect(zh.declined).toBe(false);
    expect(zh.answer.split('\n')[0]).toMatch(/李小龙/);
    const en = faq.askLocal('Who presented the short-video FollowMe challenge part?');
    expect(en.answer.split('\n')[0]).toMatch(/司晴|Si Qing/);
  });

  it('a presenter the asker proposes is confirmed, or corrected with the right one', () => {
    const wrong = faq.askLocal('The Alibaba.com Pay section was presented by 李小龙, correct?');
    expect(wrong.answer.split('\n')[0]).toMatch(/^No\b/);
    expect(wrong.answer.split('\n')[0]).toMatch(/殷钦/);
    const right = faq.askLocal('绿色工厂那部分是李小龙讲的吗？');
    expect(right.answer.split('\n')[0]).toMatch(/^是/);
  });

  it('two parts asked of one presenter are each looked up', () => {
    const differ = faq.askLocal('金品官方课和SNS打通Facebook是同一个人讲的吗');
    expect(differ.answer.split('\n')[0]).toMatch(/^不是/);
    expect(differ.answer).toMatch(/不咕/);
    expect(differ.answer).toMatch(/喻晓凤/);
  });

  it('near miss: a lecturer of the course is not asked as a presenter', () => {
    expect(faq.askLocal('金品课程的讲师一共有几位？').answer.split('\n')[0]).toMatch(/7/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a question asking for several things is answered with the whole run of list items', () => {
  it('a count the asker states picks the run of that length, not the line that names the count', () => {
    const a = faq.askLocal('金品诚企课程里那5个权益是哪些');
    expect(a.declined).toBe(false);
    for (const item of ['深度认证', '专属场景', 'VR实景展厅', '数据参谋', 'RFQ专属商机']) expect(a.answer).toContain(item);
  });

  it('two of three stages quoted is completed to the three (English, count in words)', () => {
    const a = faq.askLocal('What are the three service stages for Verified Suppliers in the course?');
    expect(a.declined).toBe(false);
    for (const item of ['新手期', '成长期', '成熟期']) expect(a.answer).toContain(item);
  });

  it('"which share formats" lists the formats, not the media-center menu', () => {
    const a = faq.askLocal('SNS智能分享一共有哪几种形式可以选？');
    for (const item of ['特色商品', '优惠商品', '商家能力']) expect(a.answer).toContain(item);
  });

  it('"what do merchants get from it" lists every benefit of the stream', () => {
    const a = faq.askLocal('金品直播带岗，报名的商家能拿到什么？');
    for (const item of ['全站置顶', '连播5场', '流量曝光']) expect(a.answer).toContain(item);
  });

  it('a one-thing ask ("哪个APP") keeps the line that holds it', () => {
    const a = faq.askLocal('直播带岗是在哪个APP上直播的？');
    expect(a.answer).toContain('智联招聘APP');
    expect(a.answer).not.toMatch(/^共\d+项/);
  });
});

import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('"what is it called" is answered only by a line that gives a name, not by one that describes the thing', () => {
  it('a thing the lines describe but never name is declined, saying no name is given (zh and en)', () => {
    for (const q of [
      'What is the name of the bank network Alibaba.com Pay uses for local collection?',
      "Our account partner who sends the warning emails — what's their name?",
      '那个给预警商家一对一提醒的拍档叫什么名字？',
      '保障Pay交易安全的那套AI系统叫什么名称？',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
    }
    expect(faq.askLocal('那个给预警商家一对一提醒的拍档叫什么名字？').answer).toMatch(/具体名称/);
  });

  it('a name the briefing gives (a title in 《》 or quotes, a Latin proper name, a lecturer) still answers it', () => {
    const label = faq.askLocal("What's the name of the eco label Amazon launched?");
    expect(label.declined).toBe(false);
    expect(label.answer).toMatch(/Climate Pledge Friendly/);
    const rule = faq.askLocal('假价格处罚依据的那份规则叫什么名字？');
    expect(rule.declined).toBe(false);
    expect(rule.answer).toMatch(/产品信息滥发违规处罚规则/);
    const lecturer = faq.askLocal('数据参谋那位运营讲师叫什么名字？');
    expect(lecturer.declined).toBe(false);
    expect(lecturer.answer).toMatch(/印天/);
  });
});

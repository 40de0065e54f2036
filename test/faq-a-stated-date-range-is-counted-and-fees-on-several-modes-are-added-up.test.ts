import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const firstLine = (s: string) => s.split('\n')[0]!;

describe('the days of a date range a briefing line states', () => {
  it('counts them with both ends when the question gives no dates, quoting the line that holds the range', () => {
    const zh = faq.askLocal('第三期话题招稿从开始到结束一共多少天？').answer;
    expect(firstLine(zh)).toMatch(/^共14天（4月30日至5月13日，含首尾/);
    expect(zh).toContain('4月30日-5月13日');
    const en = faq.askLocal('how many days does the third topic call for FollowMe videos run?').answer;
    expect(firstLine(en)).toMatch(/^14 days counting both ends \(April 30 to May 13; 13 days between them\)/);
  });

  it('is no answer to how long a step takes after an event', () => {
    for (const q of ['FollowMe视频提交以后，平台审核通常要几天？', 'how many days after submitting a FollowMe video until it is reviewed?']) {
      expect(firstLine(faq.askLocal(q).answer)).not.toMatch(/共14天|14 days counting both ends/);
    }
  });

  it('leaves dates the asker gives to the asker', () => {
    expect(firstLine(faq.askLocal('从5月2日到5月5日一共几天？').answer)).toMatch(/^共4天/);
  });
});

describe('fees on amounts sent through modes with different rates', () => {
  it('adds the fees up when the month stays under the waiver', () => {
    const zh = faq.askLocal('对公提现5万美元，法人提现2万美元，手续费一共多少？').answer;
    expect(firstLine(zh)).toContain('手续费合计122.5美元');
    const en = faq.askLocal('we send 20k USD to the legal rep and 50k USD to the corporate account this month, total fees?').answer;
    expect(firstLine(en)).toContain('122.5 USD in fees in total');
  });

  it('states no sum above the waiver, where which amount goes free is not stated', () => {
    const zh = faq.askLocal('对公提现25万美元，法人提现10万美元，手续费一共多少？').answer;
    expect(firstLine(zh)).toContain('超出30万美金的50,000美元免提现手续费');
    expect(zh).not.toContain('手续费合计');
  });
});

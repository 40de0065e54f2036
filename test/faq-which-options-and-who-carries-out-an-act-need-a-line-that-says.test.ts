import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the asks fire on their wordings and not on look-alikes', () => {
  it('which options there are', () => {
    expect(trips('named-options', '直播带岗能招哪些岗位？')).toBe(true);
    expect(trips('named-options', 'Which topics can we pick for the video challenge?')).toBe(true);
    expect(trips('named-options', '挑战赛话题招稿时间是什么时候？')).toBe(false);
    // (what post people hold is asked of them, not of options to pick)
    expect(trips('named-options', '讲Pay的那位老师是什么岗位？')).toBe(false);
  });

  it('who carries out an act', () => {
    expect(trips('who-does', '绿色工厂的申请材料由谁审核？')).toBe(true);
    expect(trips('who-does', 'Who reviews the videos we submit?')).toBe(true);
    expect(trips('who-does', '谁能报名直播带岗？')).toBe(false);
  });
});

describe('declined where the briefing only names the act or says one chooses', () => {
  it('the topics of this season\'s video challenge', () => {
    const a = faq.askLocal('这一季FollowMe挑战赛，具体都有什么话题能选？');
    expect(a.declined).toBe(true);
  });

  it('who makes the benchmark visit for the leaderboard\'s top ten', () => {
    const a = faq.askLocal('优质榜前十名的标杆走访，是谁来走访我们？');
    expect(a.declined).toBe(true);
  });
});

describe('answered where a line says', () => {
  it('who arranges the streamer for the recruiting stream (由智联招聘安排)', () => {
    const a = faq.askLocal('直播带岗的主播由谁来安排？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('智联招聘');
  });

  it('who rates a national green factory (a line naming the ministry that does it)', () => {
    const a = faq.askLocal('拿到省级绿色工厂以后，国家级的由谁来评定？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('工信部');
  });

  it('who presented the Pay part (a presenter line)', () => {
    expect(faq.askLocal('发布会上Pay那部分是谁讲的？').declined).toBe(false);
  });
});

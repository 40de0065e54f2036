import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';
import { loadAskRules } from '../src/faq/question.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the asks fire on their wordings and not on look-alikes', () => {
  it('a department or team', () => {
    expect(trips('department', '讲绿色工厂的李小龙属于什么部门？')).toBe(true);
    expect(trips('department', 'Which team does the SNS presenter work in?')).toBe(true);
    expect(trips('department', '讲绿色工厂的是谁？')).toBe(false);
  });

  it('a quota asked as 额度, but not a benefit named 额度 among options', () => {
    expect(trips('limit', '对公提现一个月的额度是多少？')).toBe(true);
    expect(trips('limit', '信保的额度怎么提高？')).toBe(true);
    expect(trips('limit', '下面哪项不是权益：商家能力标签、广告额度？')).toBe(false);
  });

  it('a video length named as such', () => {
    expect(trips('media-spec', 'What is the maximum video length for the challenge?')).toBe(true);
    expect(trips('media-spec', 'Is there a video duration rule?')).toBe(true);
    expect(trips('media-spec', 'Which stretched lengths did the hair example list?')).toBe(false);
  });

  it('a count so far behind a long subject', () => {
    expect(trips('live-state', 'How many merchants with fake shipping fees has Alibaba punished so far this year?')).toBe(true);
  });

  it('a sending address asked with the question word before it', () => {
    expect(trips('identifier', '提醒邮件会用哪个邮箱发给我们？')).toBe(true);
  });

  it('a yes/no proposing a length in seconds or minutes', () => {
    const rules = loadAskRules('rules');
    const howlong = rules!.types.find((t) => t.id === 'howlong')!;
    expect(howlong.proposed!.test('do the clips need to run 60 seconds?')).toBe(true);
    expect(howlong.proposed!.test('视频要3分钟以上吗')).toBe(true);
  });
});

describe('declined where the briefing does not say', () => {
  it('the department of a presenter the briefing names only as 阿里小二', () => {
    expect(faq.askLocal('讲SNS的喻晓凤是哪个部门的？').declined).toBe(true);
  });

  it('a yearly quota on the legal representative withdrawal', () => {
    expect(faq.askLocal('法人提现有没有额度限制？').declined).toBe(true);
  });

  it('a shortest video for the challenge', () => {
    expect(faq.askLocal('Does a FollowMe video need to be at least 15 seconds long?').declined).toBe(true);
  });

  it('the address the warning e-mails come from', () => {
    expect(faq.askLocal('预警邮件的发件邮箱地址是什么？是哪个邮箱？').declined).toBe(true);
  });
});

describe('answered where a line says', () => {
  it('the department behind the national green factory rating (工信部)', () => {
    const a = faq.askLocal('国家级绿色工厂是哪个部门评定的？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('工信部');
  });

  it('the department the course lead heads (商家业务部)', () => {
    const a = faq.askLocal('秦奋是哪个部门的负责人？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('商家业务部');
  });
});

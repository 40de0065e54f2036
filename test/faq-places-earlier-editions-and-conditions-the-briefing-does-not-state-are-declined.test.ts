import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the new ask kinds are read from rules/ask/asks.yaml', () => {
  it('each fires on its own wordings, in Chinese and English, and not on look-alikes', () => {
    expect(trips('allocation', '直播带岗的名额是按报名先后给，先到先得吗')).toBe(true);
    expect(trips('allocation', 'Is the recruiting stream first-come, first-served, and is there a waitlist?')).toBe(true);
    expect(trips('allocation', '名额有多少个？')).toBe(false);
    expect(trips('change-from-before', '这次的新手任务跟以前比，有什么不同？')).toBe(true);
    expect(trips('change-from-before', 'How is this course different from the previous edition?')).toBe(true);
    expect(trips('change-from-before', '和以前一样，要先领券吗？')).toBe(false);
    expect(trips('condition-zh', '想参加绿色工厂要满足哪些条件？')).toBe(true);
    expect(trips('condition-zh', '绿色工厂有哪些权益？')).toBe(false);
    expect(trips('contact-person', '我们对接的客户经理是谁，怎么联系？')).toBe(true);
  });
});

describe('asks the briefing leaves open are declined with what it does not say', () => {
  it('how the 700 places are handed out', () => {
    const a = faq.askLocal('直播带岗那700个名额，是谁先报名谁先拿吗？名额满了还能排队候补吗？');
    expect(a.declined).toBe(true);
  });

  it('what changed against a Gold Supplier edition it never describes', () => {
    const a = faq.askLocal('金品3.0的权益跟以前的2.0版本相比，变化在哪？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/之前版本相比/);
  });

  it('which conditions an upgrade to Gold Supplier needs', () => {
    const a = faq.askLocal('出口通会员要升级成金品诚企，得满足什么条件？');
    expect(a.declined).toBe(true);
  });
});

describe('answerable look-alikes are still answered', () => {
  it('what changed in the newbie tasks (the briefing states the changes)', () => {
    const a = faq.askLocal('新手期任务和原来相比有什么变化？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/30/);
  });

  it('how the new video challenge differs from the last one (a slide line tells the earlier edition)', () => {
    const q = 'What is different in the new FollowMe season compared to the previous season?';
    expect(trips('change-from-before', q)).toBe(true);
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
  });

  it('how many places the recruiting stream has', () => {
    const a = faq.askLocal('直播带岗一共有多少个名额？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('700');
  });

  it('which merchants the recruiting stream is for (its condition is stated)', () => {
    const a = faq.askLocal('直播带岗活动报名要满足什么条件？');
    expect(a.declined).toBe(false);
  });
});

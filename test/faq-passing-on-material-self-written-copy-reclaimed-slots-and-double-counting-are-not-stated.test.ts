import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the asks fire on their wordings and not on look-alikes', () => {
  it('passing the material on', () => {
    expect(trips('redistribute', '发布会的课件可以发给我们的货代看一下吗？')).toBe(true);
    expect(trips('redistribute', 'Can I share these slides with our overseas distributor?')).toBe(true);
    expect(trips('redistribute', 'SNS能把视频分享到Facebook吗？')).toBe(false);
  });

  it('writing the copy ourselves', () => {
    expect(trips('self-edit', '详情页上绿色工厂那块的介绍，可以自己改吗？')).toBe(true);
    expect(trips('self-edit', '绿色工厂在详情页展示什么？')).toBe(false);
  });

  it('a slot taken back', () => {
    expect(trips('reclaimed', '产品被下架了，它用的橱窗会被平台回收吗？')).toBe(true);
    expect(trips('reclaimed', 'If the listing is removed, do we lose the showcase slot?')).toBe(true);
    expect(trips('reclaimed', '橱窗要用满几个？')).toBe(false);
  });

  it('one action counted twice', () => {
    expect(trips('counts-twice', '直播带岗发的视频能同时算作新手任务里的视频吗？')).toBe(true);
    expect(trips('counts-twice', 'Does a challenge video also count toward the newbie video task?')).toBe(true);
    expect(trips('counts-twice', '新手任务里的视频要求是什么？')).toBe(false);
  });
});

describe('declined when the topic does not say', () => {
  it.each([
    '发布会的PPT可以转发给我们的海外代理商看吗？',
    '绿色工厂在旺铺上展示的那段文案，商家可以自己写吗？',
    '因为虚假SKU被0分下架的产品，它占着的橱窗位会被收回吗？',
    'FollowMe挑战赛投的短视频，可以顺便算进新手任务那条非低质视频吗？',
  ])('%s', (q) => {
    expect(faq.askLocal(q).declined).toBe(true);
  });
});

describe('answerable neighbours stay answered', () => {
  it('how many showcases the newbie task asks', () => {
    expect(faq.askLocal('新手任务要求橱窗使用满多少个？').declined).toBe(false);
  });

  it('what happens to a product with a fake price', () => {
    expect(faq.askLocal('发布虚假价格的产品会被怎么处罚？').declined).toBe(false);
  });

  it('where the green-factory capability is shown', () => {
    expect(faq.askLocal('绿色工厂的能力会在旺铺公司页展示吗？').declined).toBe(false);
  });
});

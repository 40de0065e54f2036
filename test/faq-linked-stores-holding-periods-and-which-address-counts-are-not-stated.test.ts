import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadAskKinds } from '../src/faq/asks.js';

const faq = createPolicyFaq({ llm: null });
const kinds = loadAskKinds();
const trips = (id: string, q: string) => kinds.find((k) => k.id === id)!.trigger.test(q);

describe('the asks, in Chinese and English, and not on look-alikes', () => {
  it('a penalty reaching another store of the same company', () => {
    expect(trips('linked-store', '同一个老板名下的另外一个店铺，会被连带扣分吗？')).toBe(true);
    expect(trips('linked-store', 'If one shop is flagged for fake MOQ, is our sister store penalized too?')).toBe(true);
    expect(trips('linked-store', '店铺被扣分以后多久恢复？')).toBe(false);
  });

  it('how long a state must be kept', () => {
    expect(trips('holding-period', '潜力品发满50个以后，需要维持几天？')).toBe(true);
    expect(trips('holding-period', 'Do we have to keep 10 showcases filled for how many days?')).toBe(true);
    expect(trips('holding-period', '新手期一共多少天？')).toBe(false);
  });

  it('which of the merchant\'s addresses a regional rule reads', () => {
    expect(trips('which-address', '公司注册在杭州，生产基地在江西，地区按哪个地址算？')).toBe(true);
    expect(trips('which-address', 'Which address counts for the region limit, the registered one or the factory?')).toBe(true);
    expect(trips('which-address', '带岗活动限定哪些地区？')).toBe(false);
  });
});

describe('declined, with what the briefing does not say', () => {
  it('whether a fake-price penalty spreads to a second store', () => {
    const a = faq.askLocal('公司开了两个国际站账号，其中一个因为虚假运费被罚，另一个账号会不会受影响？');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/其他店铺或账号/);
  });

  it('how many days the showcase must stay full for the newbie task', () => {
    const a = faq.askLocal('新手任务的橱窗10个用满后，得保持多少天才算完成？');
    expect(a.declined).toBe(true);
  });

  it('whether the registered or the factory address decides the recruiting region', () => {
    const a = faq.askLocal('我们营业执照在北京，厂区在河北，直播带岗的地区限制按什么地址算？');
    expect(a.declined).toBe(true);
  });
});

describe('the answerable neighbours stay answered', () => {
  it('what happens to the store when fake prices pile up (the briefing states store-wide measures)', () => {
    const a = faq.askLocal('虚假价格的产品累积多了，店铺会受什么处罚？');
    expect(a.declined).toBe(false);
  });

  it('how many showcases the newbie task needs', () => {
    const a = faq.askLocal('新手任务里橱窗要用满几个？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('10');
  });

  it('whether a region is in the recruiting list', () => {
    const a = faq.askLocal('河北的金品商家能报名直播带岗吗？');
    expect(a.declined).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

describe('where a stated window starts is declined when no line gives its start', () => {
  it('a window asked as "does it start from A or B" (en, zh)', () => {
    expect(declined('does the 14-day rectification period start from the day the product shows up in the diagnosis center or from the warning?')).toMatch(/starts counting/);
    declined('7天修改期是从收到邮件那天开始算，还是从公示那天开始算？');
  });
  it('the new-merchant window names its start', () => {
    expect(answered('新手任务的30天从哪天开始算？')).toMatch(/开通/);
  });
});

describe('deleting and posting a product again is a relisting the briefing does not describe', () => {
  it('(zh, en)', () => {
    declined('下架的产品删了重新发一个可以吗？');
    declined('if we delete the delisted product and post it again, is that ok?');
  });
});

describe('how limited places are split by region is not stated', () => {
  it('(zh, en)', () => {
    declined('直播带岗的名额是按省份分配的吗？');
    declined('are the 700 live hiring places allocated by province?');
  });
  it('which regions may take part is stated', () => {
    expect(answered('直播带岗限定哪些地区的商家？')).toMatch(/浙江/);
  });
});

describe('sub-accounts and the main account are not described', () => {
  it('(zh, en)', () => {
    declined('子账号的业务员违规，扣分算在主账号上吗？');
    declined('if a sub-account sends a whatsapp number, is the main account penalised?');
  });
});

describe('what buyers can filter search results by is not described', () => {
  it('(en, zh)', () => {
    declined('can buyers filter search results by the green factory label?');
    declined('买家搜索时能按绿色工厂标签筛选吗？');
  });
});

describe('an event held in another language and paid promotion are not described', () => {
  it('another language (en, zh)', () => {
    declined('can the recruiting livestream be held in English?');
    declined('直播带岗可以用英文直播吗？');
  });
  it('paying the platform to promote shared posts (en, zh)', () => {
    declined('can we pay alibaba to boost our SNS shared posts?');
    declined('SNS分享的帖子能付费推广吗？');
  });
  it('what the live hiring costs is stated', () => {
    expect(answered('直播带岗原价多少钱？')).toMatch(/1500/);
  });
});

describe('a certificate needed before applying is declined where no eligibility is stated', () => {
  it('(en)', () => {
    declined('do we need an ISO 9001 certificate before we can apply for the green factory?');
  });
});

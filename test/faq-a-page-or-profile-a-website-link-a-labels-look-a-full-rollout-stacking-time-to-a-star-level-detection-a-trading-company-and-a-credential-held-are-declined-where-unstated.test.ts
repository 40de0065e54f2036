import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

const { declined, answered } = faqAsserts();

// Asks the briefing never speaks to, each put by at least three stranger writers (rules/ask/asks.yaml): the answer had
// been read off a line about the topic ("SNS connects LinkedIn and Facebook", "商家能力标签", "预计5月初1星及以上商家开始灰度").
describe('asks the briefing does not state are declined, with what it does not state', () => {
  it('which kind of social account: a company page or a personal profile', () => {
    expect(declined('can I share to a LinkedIn company page or only a personal profile?')).toMatch(/company page or a personal profile/);
    expect(declined('Facebook 公共主页和个人号，哪个能绑？')).toMatch(/公司主页还是个人号/);
  });

  it("the merchant's own website or channel link sent in chat", () => {
    expect(declined("Is it ok to include our factory's YouTube channel link in a chat message?")).toMatch(/your own website/);
    expect(declined('在chat里给买家发我们公司官网的link算不算引导站外？')).toMatch(/自己网站链接/);
  });

  it("a label's look, or whether it shows in the app", () => {
    expect(declined('绿色工厂标签在前台是什么颜色什么样式')).toMatch(/样式/);
    expect(declined('绿色工厂 tag — shown on mobile app too or just pc?')).toMatch(/in the app/);
  });

  it('when a feature opens to every merchant, past the staged release', () => {
    expect(declined('SNS功能什么时候对所有商家全量开放？')).toMatch(/全量开放/);
    expect(declined("when does SNS roll out to everyone, not just 1-star+?")).toMatch(/every merchant/);
  });

  it('whether two penalties or rewards add up', () => {
    expect(declined('虚假价格和拉线下同时被抓，处罚会叠加吗')).toMatch(/叠加/);
    expect(declined("Do FollowMe rewards stack if I'm top 10 on two boards?")).toMatch(/add up/);
  });

  it('how long until a star level is reached', () => {
    expect(declined('新手任务完成后，一般多久能升到1星？')).toMatch(/升到这个星级/);
    expect(declined('If I complete the newbie tasks, how long until I reach 1 star?')).toMatch(/star level/);
  });

  it('how a trace in a picture or a private chat is found', () => {
    expect(declined('how does alibaba actually detect whatsapp numbers hidden in product images? do they OCR screenshots?')).toMatch(/finds a violation/);
    expect(declined('does alibaba actually scan my personal WhatsApp / phone to check if im talking to buyers off-platform?')).toMatch(/finds a violation/);
  });

  it('whether a trading company without a factory qualifies', () => {
    expect(declined('我们是贸易公司，没有自己的工厂，可以申请可持续（绿色）发展工厂吗')).toMatch(/贸易公司/);
    expect(declined('Is the green factory application open to trading companies without their own factory?')).toMatch(/trading company/);
  });

  it('whether a credential held elsewhere is recognised directly', () => {
    expect(declined('我们已经是工信部的国家级绿色工厂了，国际站能直接给打标吗')).toMatch(/直接被认可/);
  });
});

describe('what the briefing does state stays answered beside those asks', () => {
  it('how the platform finds fake prices in general: its active governance', () => {
    answered('how does the platform detect fake prices and off-platform contact?');
    answered("Isn't fake-price detection only triggered when a buyer complains?");
  });

  it('scanning a code to claim a coupon, an example listing, figures summed, the level shown on given days', () => {
    answered('Which account do I log in with to scan and claim the coupon?');
    answered('show me what a fake freight listing looks like');
    answered('worst case, if we add up enterprise verification + linking funds (关联入账) + binding the withdrawal account, how many working days is that?');
    answered('5月1号到5号开通的商家 那几天看到几星 5月6号变成啥');
  });
});

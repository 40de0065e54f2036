import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A messenger's name that is not a channel to the seller: part of a company or brand name, the look of a product,
// a tool used inside the company, or what the buyer asked for and the rep turned down.
const passes: Array<[string, string]> = [
  ['the name inside a registered company name', '我们工厂全称是东莞市微信通五金制品有限公司，欢迎查看营业执照。'],
  ['a brand in corner brackets, the rep\'s own', '我们自家的品牌叫「Line Home」，2019 年注册，和聊天软件无关。'],
  ['a trademark in quotes', 'Our trademark is "Signal Pro" - registered in the EU, it has nothing to do with the messaging app.'],
  ['a product that looks like the app icon', '这款绿色圆形靠枕很多客户说看起来像微信的图标'],
  ['a work messenger used inside the company', '经理在我们内部钉钉上批了折扣，报价已更新'],
  ['the boss forbids the app', '我们领导不让用微信，有问题在这里留言'],
  ['the buyer wanted our account, the rep cites the rules', '买家那边说想要我们的 WhatsApp，我跟他说平台规定只能在阿里沟通。'],
  ['the buyer asked for our account, declined in English', 'The buyer asked for our Telegram; I told him we only chat here on Alibaba.'],
  ['what the buyer sent, quoted after 发来', '买家发来：“pls add my skype lily.trade88” 我没加，回复他就在这里谈。'],
  ['the number a shopper left, reported and not used', '顾客在留言里留了电话 +971 50 123 4567，我们不会打，报价在这里发。'],
  ['adding friends ruled out', '说明书上的二维码是配网用的 App 下载链接，不用加好友，直接扫描就行'],
  ['a product app reached by its QR code', '扫码下载我们的 APP 配网，绑定设备后就能用手机控制'],
  ['a product styled after the app', '这款手机支架是 Telegram 风格的纸飞机造型，不是聊天软件'],
  ['the app said to be unrelated to a same-named brand', '我们的 brand 叫 Viber Lite，跟 Viber app 没关系，是 massage gun 系列'],
  ['the buyer named in English, the verb in Chinese', "Customer 说 'text me on 0917 555 0101'，我没回短信，报价已经在平台发了"],
  ['the handle the buyer gave, not added', '亲，您提供的 Line 号 +66 81 234 5678 我们不加哦，在这里聊就行'],
  ['a product that pairs with the app\'s mini program', '这款插座可以绑定微信小程序远程开关'],
  ['files by email declined', "Sorry, we can't send the brochure by email; I've put the PDF right here in the chat."],
];

const blocks: Array<[string, string, string]> = [
  ['adding the account with a company word after it', '加我微信公司同事会回复您', '微信'],
  ['a brand word that hides a number', "our brand 'WhatsApp me +86 138 1234 5678'", '+86 138 1234 5678'],
  ['asking for the account, not reporting it', '可以加我们的 WhatsApp 吗？', 'WhatsApp'],
  ['"you asked" followed by the rep\'s own number', 'You asked for our WhatsApp, sure: +86 138 1234 5678', '+86 138 1234 5678'],
  ['"我给你发了" is the rep acting, not the buyer speaking', 'Mr. Okafor，我给你发了短信到 +234 803 555 0199，请在那边回复我', '+234 803 555 0199'],
  ['asking for the account after naming a device video', '我们的设备视频在微信上，你微信多少？', '微信'],
  ['a QR code to add the rep', '扫我的二维码加我', '二维码'],
];

describe('app names that are not a channel, and reported requests the rep declines', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it('reads a mailbox of the same provider (QQ邮箱) as mail, not as the messenger', () => {
    const r = checker.checkLocal('我们的 QQ 邮箱容量太小，附件都改在平台上传');
    expect(r.findings.filter((f) => f.category === 'messenger'), JSON.stringify(r.explain)).toEqual([]);
  });
  it.each(blocks)('still caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});

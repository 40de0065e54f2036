import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// [class, draft, text the finding must cover]
const leaks: Array<[string, string, string]> = [
  ['logo description', 'Look me up on the green messenger and say hi.', 'green messenger'],
  ['logo description', 'Honestly, I would rather continue on the app with the phone logo.', 'app with the phone logo'],
  ['letter nickname', 'Search my shop name on the W app and say hi.', 'W app'],
  ['Chinese colour nickname', '我在那个绿色app上同名，马上回。', '绿色app'],
  ['Chinese nickname', '绿泡泡同名，加了说一声。', '绿泡泡'],
  ['homophone', '加我瓦次普，发你实拍图', '瓦次普'],
  ['emoji in the name', '加我 v❤ lily2023', 'v❤'],
  ['penguin emoji for QQ', '有事🐧找我 12345678', '🐧'],
  ['QQ group with its number', '加QQ群 123456789 拿最新报价', 'QQ群'],
  ['paper plane for Telegram', '纸飞机搜我 @jack_trade', '纸飞机'],
  ['unnamed usual app', 'To be frank, we should switch to the usual messaging app.', 'usual messaging app'],
  ['social DM', 'DM me on Instagram for prices', 'Instagram'],
  ['link in bio', 'Link in bio on TikTok @jenny_lights', 'TikTok'],
  ['Chinese short video + private message', '抖音搜我们店名，私信发价格', '抖音'],
  ['小红书 same name', '小红书同名，图片都在上面', '小红书'],
  ['search engine to own site', '百度搜索我们公司名就能找到官网', '百度搜索我们公司'],
  ['obfuscated domain', 'Visit example 点 cn for the full catalogue', 'example 点 cn'],
  ['search us on Google', 'Search for our company on Google, the website has my direct line', 'Search for our company on Google'],
  ['unnamed other apps offered', 'we also use other apps, tell me which', 'we also use other apps'],
  ['asking which app besides Alibaba', 'which app do you use besides Alibaba?', 'which app do you use'],
  ['Chinese other channel', '除了阿里巴巴，您还用什么聊天软件？', '除了阿里巴巴'],
  ['contact for marketing', 'Leave your email so we can send you our newsletter and new arrivals.', 'your email'],
  ['Chinese contact for marketing', '留个您的邮箱，以后有新品第一时间发给您', '您的邮箱'],
  ['files to a private mailbox', "I'll email the drawings to your Gmail", 'drawings to your Gmail'],
  ['deal outside the platform', 'Commission here is high; deal with me directly for a lower price.', 'deal with me directly'],
];

const legit: Array<[string, string]> = [
  ['cushion shaped like an app logo', 'We sell a cushion shaped like the green chat app logo, MOQ 200 pcs.'],
  ['加V版 as a product version', '这款是加V版，带无线充电，价格不变。'],
  ['doorbell that calls the phone through its app', 'Our doorbell calls your phone through its app when someone rings.'],
  ['trending on a social platform', 'Our ring lights are trending on TikTok this season.'],
  ['headsets for calls', 'Our call center headsets reduce noise on Skype and Teams calls.'],
  ['platform website', 'Please visit our store on Alibaba.com for more models.'],
  ['email for the invoice', 'Please send your email for the proforma invoice.'],
  ['refusing other apps', "We don't use other apps, only Alibaba.com chat."],
  ['Trade Assurance', '我们支持信用保障订单，请在平台下单。'],
  ['shipping line', 'The goods go with the shipping line Maersk, ETD 12 Dec.'],
  ['AliWangWang', '有问题请在阿里旺旺上给我留言，我们会尽快回复。'],
];

describe('nicknamed apps, social accounts and steering are caught; look-alike legit drafts pass', () => {
  it.each(leaks)('%s: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover, 'block');
  });
  it.each(legit)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

import { describe, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Leaks written in ways the rules used to miss: a Chinese ask around an English contact word (the compact view puts a
// space between Han and Latin), a colloquial "which app", an offer after the app's name, digits typed one by one in
// dashed groups, the mailbox as the means of sending files, an invitation on a social site, the next orders said to
// skip the platform, a marketplace by its Chinese name, and a polite ask in Spanish.
const caught: Array<[string, string, string]> = [
  ['a Chinese ask with an English contact word', '方便给我您的 mobile number 吗？我们经理想 call 您', 'mobile'],
  ['a Chinese ask with an English email word', '麻烦留一下你的 email，我把 price list 发过去', 'email'],
  ['a Chinese word right before a Latin app name', '您 Viber 有吗？', 'Viber'],
  ['"which app" with 啥', '您平时聊天用啥软件？', '用啥软件'],
  ['"which app" with app in Latin', '你们一般用哪个app联系客户？', '用哪个app'],
  ['the rep sends the id after the app name', 'Zalo ID 我发给您：minh-lighting', 'Zalo ID'],
  ['the rep\'s own after the app', 'Yes we use Telegram too, mine is @glassworks_li', '@glassworks_li'],
  ['digits typed one by one in dashed groups', 'my cell: 1-5-8, 2-2-6-7, 9-0-3-1', '1-5-8, 2-2-6-7, 9-0-3-1'],
  ['the mailbox as the means, files moved by 把', '我等下用163邮箱把规格书传给您', '用163邮箱把规格书传给您'],
  ['a personal mailbox used to send files', "I'll use my hotmail to send you the drawings tonight", 'use my hotmail to send you the drawings'],
  ['an invitation accepted to talk on a social site', 'Sent you a connection request on LinkedIn, accept it and we can keep chatting there', 'LinkedIn'],
  ['the next orders past the platform, in Chinese', '这次先走信保，以后下单就不用再经过阿里了', '以后下单就不用再经过阿里'],
  ['the next orders past the platform, in English', 'From now on repeat orders do not need to go through Alibaba, just email me the PO', 'do not need to go through Alibaba'],
  ['"call me directly" in Chinese', '货到了有问题随时打给我', '随时打给我'],
  ['a marketplace by its Chinese name', '我们在虾皮也有店铺，搜同名就能找到', '虾皮'],
  ['the rep\'s own shop on another marketplace, the name cut out of "our ... shop"', 'Our Shopee store has the retail packs, same photos', 'Shopee'],
  ['a link to the rep\'s own store elsewhere', '我们京东店的链接稍后发您', '京东'],
  ['a folder shared on a drive, the place first', '我们在Dropbox里建了个文件夹，全部实拍都在里面', 'Dropbox'],
  ['a Trade Assurance surcharge with the English noun, mixed', '走信保的话要多收 3% fee 哦', '信保'],
  ['a higher price for Trade Assurance, mixed', 'TA order 的 unit price 会 higher 一点', 'TA order 的 unit price 会 higher'],
  ['the balance paid to the seller directly, the payment named first', '定金走信保，余款直接打给我们公司就好', '余款直接打给我'],
  ['a polite ask in Spanish', '¿Me podría pasar su número para coordinar con el ingeniero?', 'número'],
  ['a meeting app proposed for a time', '下午3点 Zoom meeting 可以吗？', 'Zoom meeting'],
];

describe('leaks written in code-switched, spelled-out or indirect ways', () => {
  it.each(caught)('caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});

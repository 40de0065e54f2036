import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence, itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Goods named after an app's nickname (a paper-plane model, a toy plane, QQ candy, a penguin plush): product talk,
// even with a price in US$ (whose "US" is no "contact us").
describe('goods named like a channel pass; the same nickname used as a channel still leaks', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['paper plane model set with a US$ price', '纸飞机模型拼装套装，每套8款，彩盒包装，报价每套US$2.3。'],
      ['toy plane with the buyer logo printed', '小飞机玩具可以加印您的logo，单价US$0.8，MOQ 1000。'],
      ['paper plane kit in English', 'Our paper plane model kit comes in 6 designs, US$1.5 per kit.'],
      ['QQ candy', 'QQ糖软糖每箱30袋，水果味，报价每箱US$16。'],
      ['penguin plush', '企鹅公仔毛绒玩具，30cm，每只US$3.2，可以加印logo。'],
    ],
    [
      ['paper plane as the channel', '纸飞机搜我，那边发您模型图。'],
      ['penguin as the channel', '企鹅号加一下，发您报价。'],
    ],
  );
});

// A product word in the next clause does not describe the name: "V❤同号" stays an invitation.
describe('a product word outside the nickname clause does not cover an invitation', () => {
  it.each([
    ['WeChat by emoji, style word in the next clause', 'V❤同号，您要的款式图我都发那边了', 'V❤'],
    ['plane for Telegram, toy word in the next clause', '飞机号加一下，玩具样品视频发您', '飞机号'],
  ])('%s', (_what, text, cover) => expectCaughtWithEvidence(checker, text, cover));
});

// Nicknames that are also ordinary words or codes (DY for 抖音, 红薯 for 小红书) are a channel when a channel word
// follows at once; as a product or a model code they pass.
describe('social nicknames used as a channel leak; the same letters as goods or codes pass', () => {
  it.each([
    ['DY with the same name', 'DY同名账号，关注后私信拿价格表', 'DY'],
    ['DY account', 'DY号搜 lanfeng_deco，作品里有实拍', 'DY'],
    ['红薯 search', '红薯搜我们店名，笔记里全是买家秀', '红薯'],
  ])('%s', (_what, text, cover) => expectCaughtWithEvidence(checker, text, cover));
  it.each([
    ['sweet potato goods', '红薯粉条每吨报价US$950，红薯干另外报价。'],
    ['DY model code', 'DY-300 型号是双头的，DY系列报价见附件。'],
  ])('%s passes', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

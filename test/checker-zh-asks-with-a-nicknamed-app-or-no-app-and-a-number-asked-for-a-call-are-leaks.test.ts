import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Session 40 (drafts-t40's misses, zh recall 90.2%): an A-not-A question asks for the add (能不能加个好友); the rep's own
// name searched finds them outside; a code scanned first and its place after; a contact seen in a place; a paper the rep
// sent to the buyer's social account; another way to be reached (联系上您); the buyer's number asked so someone can call
// them, the order named or not, in any language. Their look-alikes (the add ruled out, a search on the platform, the buyer
// sharing our pictures on their own page, a courier ringing on delivery) pass.
describe('zh asks with a nicknamed app or no app, and a number asked for a call, are leaks', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['an A-not-A add', '方便的话要不要加个好友？绿色那个'],
      ['the rep found by name', '电话不方便写，您把我的英文名加公司名搜一下就能找到我'],
      ['a name searched, in English', 'Just search my full name with our company name and you will find me there'],
      ['a code scanned, then its place', '扫一下主图上的那个码，就能直接跟我聊'],
      ['a contact seen at the end of a video', '您在我们公司介绍视频的最后一帧能看到我的联系方式'],
      ['a quote sent to the buyer account', '我已经把目录发到您领英上了，您去领英上看一下'],
      ['another way, 联系上您', '平台这边消息老延迟，还有别的办法能联系上您吗？'],
      ['a number asked for a call, English', 'Could I get your mobile number? Our director would like to call you about the order'],
      ['a number asked for a call, Spanish', '¿Me das tu número de celular? Nuestro gerente quiere llamarte por el pedido'],
      ['a number asked for a call, Arabic', 'ممكن رقم هاتفك؟ مديرنا يريد الاتصال بك بخصوص الطلب'],
    ],
    [
      ['the add ruled out', '不用加好友，我们就在这里聊'],
      ['the store searched on the platform', '在阿里上搜我们的店铺名就能找到所有产品'],
      ['the buyer shares our pictures', '您可以把我们的产品图分享到您的ins上做推广'],
      ['a courier rings on delivery', 'Please confirm your phone number for the consignee, the courier will call you on delivery'],
    ],
  );
});

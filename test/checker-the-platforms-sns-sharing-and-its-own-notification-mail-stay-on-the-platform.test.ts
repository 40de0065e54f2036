import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The briefing's SNS智能营销 shares the store's content from Alibaba.com to the seller's Facebook or LinkedIn; a
// draft that explains it, and tells the buyer there is no need to look for the seller there, stays on the platform.
// So does the notification mail the platform itself sends to the buyer's registered mailbox. The rep sending to a
// mailbox, or sending the buyer to search the seller on Facebook, still leaks.
const passes: Array<[string, string]> = [
  ['SNS sharing explained', '这是国际站的SNS分享功能：我们把阿里店铺的新品视频同步到领英主页，您不需要去领英找我们，在店铺里都能看到。'],
  ['SNS sharing in English', 'We use the SNS sharing tool to share posters from our Alibaba store to our Facebook page; you will find the same products right here.'],
  ['the platform mails its notice', '订单状态有变化时，平台会自动发到您注册的邮箱，您不用另外操作，我们在这里继续跟进。'],
  ['Alibaba emails the notice, English', 'Alibaba will automatically send the order notice to your registered email; we keep following up here.'],
];
const leaks: Array<[string, string]> = [
  ['the buyer sent to search Facebook', '新品海报都在我们的Facebook主页，您去Facebook搜我们的名字就能看到价格。'],
  ['the rep mails the registered mailbox', '报价我已经发到您在阿里注册的邮箱里了，以后邮件联系。'],
  ['our own system mails', '我们系统会自动发到您邮箱，以后邮件沟通。'],
];

describe('the platform\'s SNS sharing and its own notification mail stay on the platform', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

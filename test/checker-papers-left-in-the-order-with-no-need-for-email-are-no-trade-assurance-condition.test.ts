import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// 不用 next to Trade Assurance reads as the rep not using it; "不用 email / 不用发邮件" says the mail is not needed
// because the papers come with the platform order: no condition on Trade Assurance.
describe('papers left in the Trade Assurance order with no need for email pass', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['packing list in the order, no email', '装箱单会跟信保订单一起生成，您在订单详情里直接下载，不用 email。'],
      ['mixed: CI and PL with the order, no mail needed', 'CI 和 PL 跟 Trade Assurance 订单一起出，您在订单里下载就行，不用发邮件。'],
    ],
    [
      ['not using Trade Assurance for a lower price', '走T/T的话不用信保，单价便宜2%'],
      ['Trade Assurance dropped for a direct T/T', '信保订单的话就不用了，直接 T/T 给我们'],
    ],
  );
});

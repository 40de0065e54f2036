import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Bank details kept in the Trade Assurance order, with a warning not to pay to any sent by mail or chat, keep the
// payment on the platform. Sending the bank details by mail instead is still a payment leak.
describe('a warning against bank details sent by mail or chat passes', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['TA page, not mail', 'Payment details appear on the TA order page only. Do not trust any account sent to you by email.'],
      ['never by chat', 'Please only pay into the account on the Trade Assurance order, never to details shared over WhatsApp.'],
      ['Chinese', '请只按信保订单页面上的账户付款，微信里发来的收款信息一律不要用'],
    ],
    [
      ['bank details by mail instead', 'The TA fee is high, so I will email you our bank details instead.'],
    ],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep proposing to call the buyer moves the talk to the phone, whether on a number the buyer gave or not;
// declining to call, or a courier's call, is not the rep moving the talk.
describe('the rep calling the buyer by phone is a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['declining to call', "Sorry, we won't call you, everything can be settled here in the chat."],
      ['Chinese: declining to call', '我们这边没法给您打电话，有问题在这里留言就行。'],
      ['the courier calls', 'The FedEx driver will call you before delivery.'],
    ],
    [
      ['calling the buyer tomorrow', "I'll give you a call tomorrow morning to go through the quote."],
      ['calling the buyer at a time, on the number given', 'Ok, call you at 3pm Dubai time on the number you sent before.'],
      ['Chinese: calling the buyer', '下午我给您打个电话，把包装细节说一下。'],
      ['Chinese: calling the number the buyer left', '晚点我打您之前留的手机，确认一下交期。'],
    ],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep saying when they will phone the buyer moves the talk to the phone, the subject left out ("晚点打给你",
// "calling you in 5 min") or after the buyer's number is reported ("看到你留的电话了 我明天打给你"). A call the courier makes,
// or one the rep declines, is not.
describe('the rep calling the buyer at a time with the subject left out is a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the courier calls', '快递员明天下午会打给你，请保持电话畅通。'],
      ['declined', '不好意思，我们不能打给你，有问题这里留言就好。'],
      ['English: the driver calls', 'The driver will ring you before delivery, nothing else needed.'],
    ],
    [
      ['Chinese: later, no subject', '你的手机我记下了，等会儿打给你说一下细节'],
      ['Chinese: afternoon, call over', '包装细节打字说不清，下午给您打过去说'],
      ['Chinese: after the buyer number is reported', '看到您在留言里写的手机了 我明早打给您'],
      ['English: progressive at a time', 'noted your phone from the inquiry form, calling you in 5 minutes'],
      ['English: no subject tonight', 'Sure, ring you tonight after dinner to talk it through'],
    ],
  );
});

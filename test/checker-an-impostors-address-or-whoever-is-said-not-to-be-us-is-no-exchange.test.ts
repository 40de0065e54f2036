import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A scam warning names the channel the impostor uses: the address of a mail "impersonating us" ("冒充我们的邮件 x@y" —
// the "us" there is whom the impostor poses as, not the rep giving their own), and whoever asks the buyer to pay
// offline said not to be the rep's side ("任何要求您线下付款的都不是我们"). The rep's own address after a warning, or a
// "not us" that only excuses a price, still leaks.
describe('an impostor\'s address, or whoever is said not to be us, is no exchange', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['zh: beware of fakes, our mailbox is …', '谨防冒充，我们的邮箱是 sales@ruiko-valves.com'],
      ['zh: not our decision, pay offline', '线下转账便宜3%，这不是我们能决定的，加我微信说'],
    ],
    [
      ['zh: a mail posing as us from a look-alike domain', '最近有买家收到冒充我们的邮件 info@ruik0-valves.com（注意是数字0），不要回复，也不要付款'],
      ['en: a mail impersonating us', 'Beware of a mail impersonating us from info@ruik0-valves.com, please do not reply to it'],
      ['zh: whoever asks for an offline deposit is not us', '提醒一下：我们不会在别的软件上找您收定金，凡是让您线下打款的人都不是我们公司'],
    ],
  );
});

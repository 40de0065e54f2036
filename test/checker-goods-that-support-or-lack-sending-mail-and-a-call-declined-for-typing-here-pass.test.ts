import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Goods said to support, have or lack sending mail or texts ("这款门禁不支持发邮件") describe a feature, not an ask for
// the buyer's mail; and a rep who asks to keep typing in this chat ("can we continue typing in this chat?") keeps the
// talk here, even when a call was named first. The rep's own mail or the buyer's asked for is still a leak.
const passes: Array<[string, string]> = [
  ['an actuator that lacks mail and SMS alarms', '这款阀门电动执行器带报警功能，但不支持发邮件或短信，只有干接点输出'],
  ['an access control without mail', '这款门禁不支持发邮件，只有本地记录。'],
  ['a logger with a mail alarm', '这款记录仪带发邮件报警，超温会自动通知。'],
  ['a call declined, typing here asked', 'A phone call is hard for me because of my English, can we continue typing in this chat?'],
  ['calls declined, writing here asked', 'Calls are tough with the time difference — could we keep writing here instead?'],
];
const leaks: Array<[string, string]> = [
  ['the buyer asked to mail the rep', '您方便发邮件给我吗？'],
  ['the rep mails the product files and asks for the mailbox', '这款产品的资料我会发邮件给您，请留一下邮箱。'],
  ['the talk moved to an app', 'Can we continue typing on WhatsApp instead? Here is slow.'],
  ['typing here, but the rep\'s number given', "Let's keep typing here for now, but add my WhatsApp +86 138 1234 5678 for urgent things."],
];

describe('goods that support or lack sending mail, and a call declined for typing here, pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Files moved off the platform (briefing: 商家试图通过线下传送文件) in wordings the older rules missed: the seller's own
// cloud drive or 云盘 with its access code, Google Docs, files named first and then emailed, files attached to the
// rep's own email. Order paperwork by email and a device's cloud feature stay legitimate.
const leaks: Array<[string, string]> = [
  ['our cloud drive and the password by text', "I'll put the mold drawings on our cloud drive and text you the password."],
  ['云盘 and its access code', '视频我传到云盘了，提取码发您。'],
  ['Google Docs because it is too big', "The manual is too big for Alibaba, so I'll share it via Google Docs."],
  ['emailed after naming the files', "The full certificate pack is 80MB, I've emailed it to the address on your business card."],
  ['catalogue named, then mailed', 'Our new catalogue is ready and we will email it tonight.'],
  ['attached in my email, check spam', 'The quotation PDF is attached in my email to you, please check your spam folder.'],
];

const passes: Array<[string, string]> = [
  ['a device’s own cloud server', 'The camera stores the video on its own cloud server, with 30 days of history.'],
  ['the invoice emailed for customs', "The invoice is ready, I've emailed it to your accountant for customs."],
  ['drawings kept in our cloud drive', 'We keep all drawings in our cloud drive for five years for traceability.'],
  ['photos the buyer emailed', 'The photos you emailed us last year show the old model.'],
  ['a product’s link sharing feature', 'Our smart lock supports Google link sharing with family members.'],
];

describe('files moved off the platform', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

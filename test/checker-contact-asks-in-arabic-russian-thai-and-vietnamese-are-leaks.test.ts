import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Asks and invitations in the buyers' own scripts: Arabic "may I have" (ممكن) and Telegram's Arabic spellings, Skype in
// Arabic and Cyrillic, Vietnamese "send (your number) to me", Thai "send it over". A model or container number asked
// for in Arabic is no contact.
describe('contact asks in Arabic, Russian, Thai and Vietnamese are leaks', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['Arabic: may I have your WhatsApp number', 'ممكن رقم الواتساب الخاص بك؟'],
      ['Arabic: keep in touch on Telegram', 'نتواصل على تيليجرام'],
      ['Arabic: a Skype call', 'ممكن مكالمة سكايب الأسبوع القادم؟'],
      ['Russian: a Skype call', 'Давайте созвонимся по скайпу завтра'],
      ['Vietnamese: send me your phone number', 'Anh gửi số điện thoại cho em nhé'],
      ['Thai: send your WhatsApp number over', 'ส่งเบอร์ WhatsApp มาหน่อยครับ'],
    ],
    [
      ['Arabic: the model number', 'هل لديك رقم الموديل؟'],
      ['Arabic: the container number', 'ممكن رقم الحاوية؟'],
    ],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A rep who refuses every payment route but the platform's ("信保以外的付款方式我们不接受"), the buyer's request to pay
// by a named off-platform app ("I can't accept your request to pay by MoneyGram"), or says payment goes only through
// Trade Assurance in Arabic puts no condition on Trade Assurance and sends no money elsewhere. "Other payment methods"
// is no other way to talk. The route accepted, or Trade Assurance refused for a small order, still leaks.
describe('every payment route but the platform\'s refused is no condition on Trade Assurance', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['zh: other routes accepted too, cheaper by Western Union', '信用保障以外的付款方式我们也收，走西联能便宜2%'],
      ['zh: small Trade Assurance orders refused', '信保订单要加3%手续费，小额信保我们不接受'],
      ['en: pay me by MoneyGram instead', 'Trade Assurance takes too long, please pay me by MoneyGram instead'],
    ],
    [
      ['zh: routes outside Trade Assurance refused', '抱歉，信用保障以外的支付方式我们一律不接受，走信保对您更安全'],
      ['zh: besides the platform, other payment ways refused', '除了阿里平台，其它付款渠道我们都不收，麻烦下信保订单'],
      ['en: the buyer\'s request to pay by MoneyGram refused', 'Sorry, we cannot accept your request to pay via MoneyGram. Kindly check out through Trade Assurance'],
      ['ar: payment only through Trade Assurance, no PayPal', 'السداد فقط من خلال ضمان التجارة، لا نقبل باي بال ولا التحويل المباشر'],
    ],
  );
});

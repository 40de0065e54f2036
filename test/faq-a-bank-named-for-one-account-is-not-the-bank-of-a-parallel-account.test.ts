import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The briefing names the banks of Pay's global collection account ("全球收款账户 (摩根大通新加坡分行/花旗银行…)") and, in a
// section of its own, the local accounts ("本地收款账户 (欧洲本地收款账户，美国本地收款账户)") with no bank. Asking which
// bank a local account is with was answered with the global account's banks: the asked thing is a parallel one of the
// same kind, named by a word (欧洲, "European", 美国, "US") that the bank line lacks and the bankless line holds.
// Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('a bank named for one account is not the bank of a parallel account', () => {
  it('which bank a local account is with is declined, in Chinese, English and mixed wording', () => {
    for (const q of ['欧洲本地收款账户是在哪家银行开的？', 'Which bank is the European local collection account opened with?', '那个 European local 账户是哪家银行的？', '美国本地收款账户背后是哪家银行']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer, q).not.toMatch(/摩根大通新加坡分行\/花旗/);
    }
  });

  it('near misses: the global account, and a body the question names the thing of, keep their names', () => {
    expect(faq.askLocal('全球收款账户是在哪几家银行开的？').answer).toMatch(/摩根大通|花旗/);
    expect(faq.askLocal('Which banks hold the global collection account for Pay?').answer).toMatch(/Morgan|Citi|摩根|花旗/);
    expect(faq.askLocal('外贸服务市场里卖RoHS测试的是哪家机构？').answer).toMatch(/南德/);
    expect(faq.askLocal('1+N团体标准阿里是和哪家机构共同制定的？').answer).toMatch(/中标院|标准化研究院|Institute/i);
    // (a story around the question names no other account: the asker's colleagues are not a parallel thing)
    expect(faq.askLocal('our finance colleague wants to know which banks the global collection account sits with').declined).toBe(false);
    expect(faq.askLocal('客户那边的财务想知道全球收款账户是哪几家银行开的').answer).toMatch(/摩根大通|花旗/);
  });
});

import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// Which body audits, assesses or accredits a factory for the green (sustainable) factory standard is asked as the issuer
// ask, in these verbs too (audit, assess, inspect, 审核, 验厂): the briefing names who wrote the standard (中标院), where to
// buy testing (the service market, SGS and 南德 as sellers) and who rates national green factories (工信部), never who
// audits for the standard. The seller of a named test and the standard's co-author are still answered.
const { declined, answered } = faqAsserts();

describe('who audits or assesses a factory is declined where no issuer is stated', () => {
  it('declines the auditing or assessing body, in English', () => {
    declined('Which certification bodies are approved to assess factories against the 1+N standard?');
    declined('Who audits factories for the sustainable factory standard?');
  });

  it('declines the auditing body, in Chinese', () => {
    declined('绿色工厂由哪家机构来审核？');
    declined('审核机构是哪家？SGS吗');
  });

  it('still answers who sells a test, who co-wrote the standard and who rates national green factories', () => {
    expect(answered('服务市场里那个RoHS测试是哪家机构提供的？')).toMatch(/南德/);
    expect(answered('Which institute co-wrote the 1+N standard with Alibaba?')).toMatch(/Standardization/);
    expect(answered('国家级绿色工厂是谁来评定的？')).toMatch(/工信部/);
  });
});

import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// "Do I need ISO 14001 before applying", "申请前需要先有…认证吗": a prerequisite asked before applying or joining is the
// requirement ask, in these wordings too (before/prior to, hold, 申请前需要先有, 需要先拿到…才能申请). The green factory
// topic says how to apply and when, never what one must hold first, so a bare "yes" from the application line was a
// guess; a topic that states whom it is for (the live hiring) still answers.
const { declined, answered } = faqAsserts();

describe('a credential needed before applying is declined where no condition is stated', () => {
  it('declines a prerequisite before applying, in English', () => {
    declined('do I need ISO 14001 before applying for green factory?');
    declined('Must we hold a BSCI audit before we apply for the sustainable factory?');
  });

  it('declines a prerequisite before applying, in Chinese', () => {
    declined('申请绿色工厂前需要先有ISO14001认证吗？');
    declined('需要先拿到省级绿色工厂才能申请吗？');
  });

  it('still answers a prerequisite the topic states', () => {
    expect(answered('Do I need to be a gold supplier to join the live hiring?')).toMatch(/Verified Supplier/);
    expect(answered('报名直播带岗前要先领券吗？')).toMatch(/领券/);
  });
});

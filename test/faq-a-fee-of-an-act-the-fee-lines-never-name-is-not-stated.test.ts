import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { feeActOf } from '../src/faq/decline.js';

const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => faq.askLocal(q);

describe('a yes/no about the fee of an act the fee lines never name is declined, not answered from another fee', () => {
  it('closing or transferring is not opening, maintaining or receiving: the 0 fees do not answer it', () => {
    for (const q of [
      '全球收款账户销户要收费吗',
      '全球账户关户要手续费吗',
      'Is there a fee for closing the global collection account?',
      'Do I pay a closing fee when I close the local account?',
      'Is there any fee for transferring money between my two global accounts?',
    ]) expect(ask(q).declined, q).toBe(true);
  });

  it('a fee the lines do state is still answered from them', () => {
    expect(ask('开户要收费吗').answer).toMatch(/^不需要/);
    expect(ask('Is there an opening fee?').answer).toMatch(/^No/);
    expect(ask('提现要手续费吗').answer).toMatch(/^需要/);
    expect(ask('美国本地账户收款要收入账费吗').answer).toMatch(/^不需要/);
  });

  it('reads the act from the words before a fee, or an English fee\'s modifier or object', () => {
    expect(feeActOf('销户要收费吗')).toBe('销户');
    expect(feeActOf('any closing fee?')).toBe('closing');
    expect(feeActOf('is there a fee for transferring?')).toBe('transferring');
    expect(feeActOf('有没有费用')).toBeNull();
    expect(feeActOf('is there any fee?')).toBeNull();
  });
});

describe('a condition before the fee names no act', () => {
  it('"量很大的话手续费…" asks the fee of the subject, answered from its lines', () => {
    expect(feeActOf('一个月提现量很大的话手续费有优惠吗')).toBeNull();
    expect(feeActOf('金额多的话要收费吗')).toBeNull();
  });
});

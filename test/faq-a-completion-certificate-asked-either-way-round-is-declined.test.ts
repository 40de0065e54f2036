import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';
import { loadDetailKinds } from '../src/faq/asks.js';

/**
 * The briefing describes its courses, never how they end: a completion certificate is not stated whether the question
 * names the course before the certificate ("finish the course, get a certificate?") or after it ("a certificate after
 * completing the course?"). And an instruction to act at once ("立即自查") defines nothing: criteria asked of a term the
 * briefing only names stay declined.
 */
const faq = createPolicyFaq({ llm: null });

describe('a completion certificate, asked either way round', () => {
  it('is declined in English and Chinese', () => {
    for (const q of [
      'Is a certificate handed out upon completing the Verified Supplier 3.0 course series?',
      'Will we receive a certificate after attending all the gold supplier lessons?',
      '金品官方课全部上完能拿到证书吗？',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
    }
  });
});

describe('an instruction to act at once is no definition', () => {
  it('"立即" is not "即" (that is)', () => {
    const criteria = loadDetailKinds().find((k) => k.id === 'criteria')!;
    expect(criteria.evidence.test('收到邮件后立即自查全店产品')).toBe(false);
    expect(criteria.evidence.test('待整改产品即平台给予整改机会的违规产品')).toBe(true);
  });

  it('the criteria for a warned merchant, which the lines only name, are declined', () => {
    const a = faq.askLocal('How is a pre-warning merchant selected — what are the criteria?');
    expect(a.declined).toBe(true);
  });
});

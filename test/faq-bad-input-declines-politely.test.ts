import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('bad input gets a polite decline, never a guess', () => {
  it('empty and whitespace-only questions ask for a question', () => {
    for (const q of ['', '   \n\t ']) {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(true);
      expect(a.sources).toEqual([]);
      expect(a.answer.length).toBeGreaterThan(10);
    }
  });

  it('50 KB of text is refused as too long, quickly and without crashing', () => {
    const a = faq.askLocal('法人提现手续费多少？'.repeat(5200));
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/太长|too long/);
  });

  it('punctuation and emoji only is not treated as a question', () => {
    for (const q of ['？？？！！！……', '?!?!..,,;;', '😀😀😀🔥🔥']) {
      const a = faq.askLocal(q);
      expect(a.declined).toBe(true);
      expect(a.citations).toEqual([]);
    }
  });

  it('questions in a third language get a polite English decline', () => {
    for (const q of [
      '¿Cuánto cuesta retirar dinero al representante legal?',
      'Сколько стоит вывод средств на счёт законного представителя?',
      'كم تكلفة سحب الأموال إلى الممثل القانوني؟',
      'Combien coûte le retrait vers le représentant légal ?',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.lang).toBe('en');
      expect(a.answer).toMatch(/Chinese or English/);
    }
  });

  it('an English question naming masked accounts from the violator list is not taken for Spanish', () => {
    // "al" of "al****nologies" is no Spanish article
    const a = faq.askLocal('al****horefactory and al****nologies: both Shenzhen, both fake price/MOQ?');
    expect(a.answer).not.toMatch(/Chinese or English/);
  });

  it('binary junk is declined', () => {
    const junk = String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37) % 31));
    expect(faq.askLocal(junk).declined).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { compileColloquial } from '../src/faq/colloquial.js';
import { createPolicyFaq } from '../src/faq/index.js';

// "(fake MOQ etc.) still take part in search ranking?", "(e.g. a $0.01 gift SKU) can it still…": the full stop of an
// abbreviation, or the point inside a price, was read as the end of a clause, so the clause that asks lost its verb and
// the yes/no was declined as "not stated" although the line says the listing cannot take part in search ranking.
const faq = createPolicyFaq({ llm: null });

describe('an English abbreviation or a decimal point ends no clause', () => {
  it('abbreviations are read without their stop, and only as whole words', () => {
    const c = compileColloquial({ romanised: {}, particles: {}, dialect: {}, asides: [], abbreviations: { 'etc.': 'etc', 'e.g.': 'such as', 'vs.': 'vs' }, contractions: {} });
    expect(c.read('fake MOQ etc. still ok?')).toBe('fake MOQ etc still ok?');
    expect(c.read('Pay vs. TT, E.g. fees?')).toBe('Pay vs TT, such as fees?');
    expect(c.read('our devs. asked')).toBe('our devs. asked');
  });

  it('a yes/no holding an abbreviation or a price is answered from the line', () => {
    for (const q of [
      'Can a listing with made-up details (fake MOQ etc.) keep taking part in search ranking?',
      'is a listing with fake data (e.g. fake MOQ) still allowed in search ranking?',
      'If a product shows a fake price (e.g. a $0.01 gift SKU) can it still appear in search results?',
    ]) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/^No\b/);
      expect(a.answer, q).toMatch(/search ranking/);
    }
  });
});

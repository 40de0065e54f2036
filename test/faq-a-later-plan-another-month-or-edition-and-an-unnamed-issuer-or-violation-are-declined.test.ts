import { describe, expect, it } from 'vitest';
import { faqAsserts } from './helpers/faq.js';

// What the question asks is checked against what the nearest lines state: a list of what is supported now says nothing
// of what comes later; a month or edition the question names must be the one a line dates. Look-alikes: the present-tense
// membership no, and the briefing's own month, stay answered.
const { declined, answered } = faqAsserts();

describe('a later plan, another month or another edition is declined where unstated', () => {
  it('declines whether a platform the list leaves out will be supported later', () => {
    declined('Is Pinterest going to be supported by SNS sharing later on?');
    declined('Will SNS smart sharing ever support YouTube?');
    declined('SNS分享今后会不会支持推特？');
  });

  it('still answers the present-tense membership from the list', () => {
    expect(answered('Does SNS sharing support Pinterest?')).toMatch(/^No\b/);
  });

  it('declines a month the briefing does not date the thing to, a year written after it too', () => {
    declined('How many sellers are on the May penalty list?');
    declined('What did the star level rules change in February 2022?');
  });

  it('still answers the briefing\'s own month', () => {
    answered('How many merchants were on the April violation list?');
  });
});

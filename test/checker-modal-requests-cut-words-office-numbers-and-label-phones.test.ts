import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leak = (t: string) => checker.checkLocal(t).leak;

describe('requests with a modal are the rep asking, not the buyer being quoted', () => {
  it.each([
    'The catalogue is too big for this chat, so can you write to sales.team@brightlamps.co.uk and we answer within a day.',
    'Would you write to orders@hanfeng-valves.com please? Our engineer reads that box daily.',
    'could you write to jan.k@stalwerk.de? Our Polish colleague will reply in Polish.',
  ])('blocks %s', (t) => expect(checker.checkLocal(t).verdict).toBe('block'));

  it('still reads "you wrote" as the buyer', () => {
    expect(leak('You wrote "mail me at pete.r@outlook.com" - sorry, we only reply here on Alibaba.com.')).toBe(false);
  });
});

describe('a number near a long place name keeps its owner', () => {
  it.each([
    'Warranty claims go to our Indonesia repair centre at +62 21 5790 4411.',
    'For spare parts our Bangladesh support office answers on +880 2 5501 2345.',
  ])('blocks %s', (t) => expect(leak(t)).toBe(true));
});

describe('a number the text tells the buyer to call, or to ask a person at', () => {
  it.each([
    'our branch in Lyon is on 04 72 10 33 58, give them a call and they speak French',
    'we opened a branch in Lyon last spring, 04 72 10 33 58, call them in French',
    'for repeat orders ask for me at the Texas depot: 1-888-555-0172',
    'for wholesale orders ask for Diego at 1-888-555-0190',
  ])('blocks %s', (t) => expect(leak(t)).toBe(true));
});

describe('the phone printed on the shipping label is the buyer\'s, quoted for the courier', () => {
  it.each([
    'Hi Anna, UPS could not reach the phone on the label (030 1234 5678). Please fix the receiver number in your order so they can try again.',
    'The courier says the number on the shipping label, 0412 345 678, is switched off - could you update it in the order?',
  ])('passes %s', (t) => expect(leak(t)).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A phone number with no digit run that looks like one: read out in pinyin, or its groups joined by 加上 / plus after a
// contact word. Quantities of a product named after the phone stay quantities.
describe('a number read in pinyin or joined by plus words', () => {
  it.each([
    'dian hua: yao san ba er er ling qi liu wu yao jiu',
    'my wa is yao wu jiu er er ling ba qi qi yao san',
    '微信号是139加上2207再加6519',
    'phone 159 plus 2208 plus 7713, same for WA',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'phone cases: 100 plus 200 plus 300 pcs, total 600',
    '手机壳100加200加300个，一共600个',
    'mobile stand 150 then 200 then 250 units, all in one carton',
    'Please count yi er san on the video, then we start the live check here.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A number cut by punctuation (、 | ; or a comma that cannot be a thousands separator) is still one number; lists
// of sizes, prices and models, and figures with thousands separators, stay apart.
const caught: Array<[string, string, string]> = [
  ['commas between groups of four', 'my whatsapp 138,1234,5678', '138,1234,5678'],
  ['a +code run with commas after a four-digit group', 'call me +44 7911,123,456', '+44 7911,123,456'],
  ['enumeration commas', '手机 138、1234、5678', '138、1234、5678'],
  ['pipes', 'WA +86|138|1234|5678', '+86|138|1234|5678'],
  ['semicolons, with the country named', 'number: 0812;345;678 (Indonesia)', '0812;345;678'],
  ['groups read in order in Chinese numerals', '我的号码是一八六，后面是二三四五，再后面是六七八九', '一八六'],
  ['groups read in order in English', 'my number: 186, then 2345, then 6789', '186'],
  ['a free mailbox spelled by its provider', 'Send me a mail to lily dot chen at gmail and I will reply at once', 'lily dot chen at gmail'],
];
const passes: Array<[string, string]> = [
  ['thousands separators', 'price 12,500 USD for 1,200 pcs'],
  ['a list of round figures', 'quantities 1,000, 2,000, 5,000 pcs'],
  ['model numbers in a list', '型号 1801、1802、1803、1804 都有现货'],
  ['prices in a list', '价格分别是 1280、1350、1420 元'],
  ['sizes split by semicolons', 'Sizes 36;37;38;39;40;41 available'],
  ['prices after a product word that is also a call word', '手机 6999 元，平板 3999 元，耳机 1299 元'],
  ['prices read in order', 'the price is 120, then 130 next month, then 140'],
  ['"at" and a provider\'s name in ordinary words', 'We met at Outlook conference'],
];

describe('digits split by punctuation', () => {
  it.each(caught)('caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

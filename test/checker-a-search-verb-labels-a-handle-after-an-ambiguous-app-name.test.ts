import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "Line" is also an everyday word, so it only takes a handle with a label; telling the buyer to look the
// account up is such a label.
describe('a search verb between an ambiguous app name and a handle', () => {
  it.each([
    'Khun Somchai, our Bangkok desk answers on Line, search @siamtools_th',
    'for Japan we use Line too - look for kyoto_parts77 and say hi',
    '泰国客户我们用Line，搜 bkk_sales88 就能找到',
  ])('blocks %s', (t) => expect(checker.checkLocal(t).verdict).toBe('block'));

  it.each([
    'The production line runs two shifts; look for the model TX-200 in the catalogue above.',
    'Our new line of kettles is out, search model ke_2024 in our Alibaba store.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// O for 0 and l or I for 1, written between two digits, are the digits: a phone number so disguised is still one.
// Letters that merely follow or precede a digit (a model code "3O-A", a size "20 x 3O") are left alone.
describe('a letter that looks like a digit between digits is that digit', () => {
  it.each([
    ['O for zero in a US number', 'Our office line is +1 (415) 5O2-7781, ring us any time.', '+1 (415) 5O2-7781'],
    ['l for one in a Chinese mobile', '手机 +86 1381 23l4 5678，随时打', '+86 1381 23l4 5678'],
  ])('%s', (_what, text, cover) => expectCaughtWithEvidence(checker, text, cover));
  it('leaves codes and sizes with a letter O alone', () => {
    const r = checker.checkLocal('Model 3O5-A and 1O1-B are in stock; carton 40 x 3O x 25 cm.');
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

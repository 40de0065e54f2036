import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A Chinese mobile typed in groups one a line ("137\n0000\n1111") is one number (src/checker/normalize.ts, stackedMobile):
// only lines of digits alone grouped as a mobile is (3, 4, 4), starting like one, join. Sizes, codes beside words or
// a short batch number on lines stay apart.
describe('a mobile typed in groups, one a line', () => {
  it.each([
    '有事打这个：\n137\n0000\n1111',
    '号码拆开发你\n188 \n6655\n4433\n别说是我说的',
    'my cell, split so the filter misses it:\n159\n8765\n4321',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Carton sizes in mm:\n1500\n1200\n900',
    '色号\n1355 红色\n1422 蓝色\n1501 白色',
    '批号\n138\n246',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// A number the buyer typed, read back to check it (often a quantity with stray digits): "您刚刚打的 … 好像多打了几位",
// "你 type 了 …", "you typed …" (rules/detection/phone.yaml buyerOwned). It is the buyer's own text, no contact the rep
// gives. The rep's own number after it still blocks. Round 37's writer wrote this twice; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a number the buyer typed, read back, is the buyer’s own', () => {
  it('passes', () => {
    for (const t of ['您之前填的 186 2201 5500 是数量吧？应该是1862件？', 'Order qty: you typed 159 3320 1000 — I think you meant 1,000 pcs', '你上面写了 0917 553 2084 ，是 917 箱还是 2084 箱？'])
      expect(verdict(t), t).toBe('pass');
  });

  it('the rep’s own number after it still blocks', () => {
    expect(verdict('你刚刚打的 186 2201 5500 好像多了几位，加我微信 139 1234 5678 发你报价')).toBe('block');
  });
});

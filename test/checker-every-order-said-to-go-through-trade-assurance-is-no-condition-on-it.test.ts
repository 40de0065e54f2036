import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// "订单都在信保上走", "全部通过信保下单": every order said to go through Trade Assurance endorses it
// (rules/detection/payment.yaml TA_ENDORSED), it puts no condition on it. A fee added to it, or only samples kept in it
// while bulk goes to the seller directly, is still a leak. Round 37's writer wrote the first; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('every order said to go through Trade Assurance is no condition on it', () => {
  it('passes', () => {
    for (const t of ['放心，我们家所有订单都在信保上走，发货前不用另外打款', '我们的订单统一通过信用保障付款，有问题平台介入'])
      expect(verdict(t), t).toBe('pass');
  });

  it('a fee on it, or only samples kept in it, still blocks', () => {
    for (const t of ['订单都在信保上走，但是要另外加4%手续费', '样品都在信保上走，大货的话尾款直接打给我们工厂'])
      expect(verdict(t), t).toBe('block');
  });
});

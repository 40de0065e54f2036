import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A buyer word ("您的品牌", "your logo") earlier in the clause does not make the number after it the buyer's when the
// rep then asks the buyer to contact or dial it ("请联系 +86 …"): the request names the rep's line, in Chinese as in
// English ("please contact"). The buyer's own contact read back, its buyer word nearest the number, stays the buyer's.
describe('a number the buyer is asked to contact after their brand is the rep’s own', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['brand printed, then contact', '标签印您的品牌，样品寄出后请联系 +86 138 1234 5678'],
      ['logo on the box, then dial', '外箱印你的logo没问题，有疑问请直接拨 +86 139 8765 4321'],
      ['your order, then contact anytime', '您的订单明天发货，请随时联系 +86 137 2222 3333 跟进'],
    ],
    [
      ['the consignee named after the request', '请联系您的收货人 138 1234 5678 确认送货时间'],
      ['the consignee phone read back', '您的订单收货人电话 138 1234 5678，请确认是否正确'],
    ],
  );
});

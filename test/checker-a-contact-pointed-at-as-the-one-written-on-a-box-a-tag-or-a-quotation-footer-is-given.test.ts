import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// The rep's number not typed but pointed at as the one the rep wrote or printed somewhere (a sample box, a price tag, a
// carton label photo, a quotation's footer), places stacked ("主页头像那里"), or part of the number said to be another
// figure (rules/detection/pointers.yaml contact.pointer). A model's or part's number "the same as the one on the label",
// or the buyer's own, is no pointer. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a contact pointed at as the one written on a box, a tag or a quotation footer', () => {
  it('is given', () => {
    for (const t of [
      "My mobile hasn't changed, it's the one we printed on the lid of the gift box, message me there after delivery",
      'Same phone as the one written on the hang tag in the last picture, ring me any time',
      'the numbers on the bottom of the shipping carton in pic 2 are my phone, put 86 before them',
      '电话跟我们上周发给您的报价单页眉上的一样，有事直接打',
      '我们店铺首页 banner 那里有我的微信，您看看',
      '我手机号前7位就是这款灯的货号，后面是 4521',
      'the last 6 digits of my phone are the item code on the box',
    ]) expect(verdict(t), t).toBe('block');
  });

  it('a product code the same as on the label, or the buyer’s own, passes', () => {
    for (const t of [
      'The part number is the same number as the one printed on the carton label',
      'The style code is the same one as the one on the hang tag photo',
      '颜色跟我上周发给您的报价单上的一样，不用担心',
      '型号跟我们发给您的报价单上的一样',
      'Your phone on the waybill is the same as the one on the shipping label',
    ]) expect(verdict(t), t).toBe('pass');
  });
});

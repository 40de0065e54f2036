import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "打电话给我" is a call made to the rep, not "电话给我" (give me the number): the front desk or a driver ringing the rep
// at a factory visit asks the buyer for nothing. The buyer told to call, or the number asked for, still leaks.
describe('a call someone makes to the rep is no ask for a contact', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the front desk rings the rep at a visit', '您到了工厂门口，保安会打电话给我，我下来接您'],
      ['the driver rings the rep', '司机到了会拨电话给我们的，您在酒店大堂等就行'],
    ],
    [
      ['the buyer told to call the rep', '有问题您直接打电话给我'],
      ['the number asked for, noun first', '手机号给我一下'],
    ],
  );
});

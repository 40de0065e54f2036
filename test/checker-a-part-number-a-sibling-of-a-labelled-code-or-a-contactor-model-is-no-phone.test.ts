import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Numbers that name goods: a number typed like a code the draft labels and differing only in its last group (a sibling
// of the same part or model family), a code labelled 原厂号/零件号/配件号/物料号, and a "contactor" (a switch), which is no
// contact word. The rep's own number beside such codes, with a call or a "my", is still a phone.
const passes: Array<[string, string]> = [
  ['a sibling part number, the label only on the first', 'Item no. 2207-118-340 is the 40 mm hinge, 2207-118-360 is the 60 mm one; same finish, same price.'],
  ['a discontinued model after the current one', 'We now ship model 1590-044-2100 with the metal gear. The older 1590-044-1100 had a plastic gear and is out of production.'],
  ['配件号 and its sibling', '配件号 3306-752-118 是进气滤芯，3306-752-119 是机油滤芯，两个一起订运费更划算。'],
  ['款号 and a second colour', '款号 6018-2245-01 是黑色，6018-2245-03 是灰色，面料一样。'],
  ['原厂号 with a letter in front', '丰田卡罗拉后视镜，原厂号 B87-9102233，单价 12 美金，100 个起订。'],
  ['物料号 in a BOM line', '物料号 M20-6617024 对应的是 M6 螺丝，每箱 5000 个。'],
  ['a contactor model', 'The LC1D contactor 3-2510 (25A) is in stock, the 3-3210 needs two weeks.'],
  ['contactors by part code', 'Our contactors CJX2-0910 and CJX2-1210 both carry CE; coil voltage 380V on request.'],
];

const leaks: Array<[string, string]> = [
  ['a part number, then the rep calls on a sibling-shaped number', 'Part no. 2207-118-340 is the hinge. For urgent orders call me on 2207-118-341.'],
  ['配件号, then the rep\'s own mobile', '配件号 3306-752-118 是滤芯，有问题直接打我手机 13912345678。'],
  ['a contactor, then the rep\'s WhatsApp', 'The contactor CJX2-1810 is in stock, WhatsApp me on +86 139 2345 6789 for the price.'],
];

describe('a part number, a sibling of a labelled code or a contactor model is no phone', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

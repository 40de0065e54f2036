import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Words that hid a leak: "要不要" asks ("shall we"), it forbids nothing; an app named in Korean (카카오톡) is an app; a
// landline labelled 座机 or 固话 is the rep's number to call. "不要" alone still refuses.
const leaks: Array<[string, string]> = [
  ['要不要加微信', '图片太多了，要不要加个微信聊？'],
  ['要不要 and an emoji-spelled WeChat', '老板问要不要直接用 微 ❤ 聊，他英语不好'],
  ['카카오톡 and an id', '한국 담당자가 있어요, 她的카카오톡是 hd_mina_kr，您加她吧'],
  ['a 座机 to call', '有问题也可以打我们销售部的座机：0574-8765 4321，找小周。'],
];

const passes: Array<[string, string]> = [
  ['不要 refuses a WeChat', '不好意思，不要加微信哦，我们就在阿里这里沟通。'],
  ['要不要 about an order', '要不要先下一个样品单？运费我帮您改低一点。'],
];

describe('要不要 asks, Korean app names and landline labels', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A warning that a messenger account is an impostor's, disowned right after it ("… 冒充我们，那个不是我们的",
// "… is not ours. Someone is pretending to be us"), gives no handle of the seller; the rep's own account ("我的",
// "my") named beside such a warning still does.
const passes: Array<[string, string]> = [
  ['an impostor on Telegram, zh', '提醒您：网上有人用 Telegram 账号 hengli_sales01 冒充我们，那个不是我们的，请在阿里上举报。'],
  ['an impostor on Telegram, en', 'Please note: the Telegram account hengli_sales01 is not ours. Someone is pretending to be our company, please report it to Alibaba.'],
];
const leaks: Array<[string, string]> = [
  ['my account, an impostor elsewhere', '我的 Telegram 账号 hengli_sales01，冒充我们的是另一个号'],
  ['my WeChat, do not add the fake one', '我的微信号 hengli_888，别加那个冒充的 hengli_999'],
];

describe('an impostor\'s account the reply disowns is no handle of the seller', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

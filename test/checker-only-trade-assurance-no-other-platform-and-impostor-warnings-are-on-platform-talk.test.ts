import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "我们只接受信保订单付款，不接受私下转账" refuses the private transfer, not Trade Assurance; "不需要加其他联系方式",
// "我们不在其他平台销售" and a warning that other platforms' look-alikes are impostors keep the talk here; "您不用重新下单"
// reassures. Refusing Trade Assurance itself, or asking which other app the buyer uses, still leaks.
const passes: Array<[string, string]> = [
  ['only TA, no private transfer', '我们只接受信保订单付款，不接受私下转账，也不接受其他方式。'],
  ['no need for another contact', '您在阿里上点“立即下单”就行，不需要加其他联系方式。'],
  ['not sold on other platforms', '我们不在其他平台销售，只做阿里国际站。'],
  ['impostors on other platforms', '其他平台上用我们名字的都是假冒的，我们只在阿里国际站有店铺。'],
  ['no need to order again', '信保订单可以直接在后台改价格，您不用重新下单。'],
];
const leaks: Array<[string, string]> = [
  ['TA not taken', '信保我们不接，直接T/T吧'],
  ['TA not accepted, private transfer fine', '信保订单不接受，私下转账可以'],
  ['which other app', '您平时用什么聊天软件？'],
  ['another contact offered', '除了阿里，我们还有其他联系方式，您需要吗'],
];

describe('only Trade Assurance, no other platform, and impostor warnings are on-platform talk', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

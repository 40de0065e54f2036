import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "我们不会加您的 WhatsApp" declines like "不能加"; "不方便加其他软件" declines another app like "不用"; and a TA order
// praised just before ("订单也有信保保障，我们这边不方便加…") is no refusal of Trade Assurance. "会不会" still asks,
// and an own account offered after the decline still leaks.
const passes: Array<[string, string]> = [
  ['will not add the buyer\'s WhatsApp', '您留的号码 +44 7700 900123 我们只写在快递单上，我们不会加您的WhatsApp，请放心。'],
  ['will not add the buyer\'s WeChat', '我们不会加您微信哦，有问题就在阿里上留言。'],
  ['another app inconvenient to add', '图片和视频都可以在这里发，我们这边不方便加其他软件，谢谢理解。'],
  ['another app not possible', '不好意思，公司规定不能用其他聊天软件，我们就在国际站沟通。'],
  ['TA praised, then no other app', '订单走信保有保障，平台也有信保保障，我们这边不方便加别的软件。'],
];
const leaks: Array<[string, string]> = [
  ['会不会 asks', '您会不会用 WhatsApp？用的话发我号码'],
  ['declines, then offers the rep\'s own', '我们不会加您的微信，您加我的吧：chen_8823'],
  ['another app asked for', '您平时用什么聊天软件？'],
  ['TA refused', '信保我们这边不方便，直接 T/T 吧'],
];

describe('a reply that will not add the buyer\'s app or another app passes', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

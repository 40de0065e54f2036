import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A range of production years after a model whose name is an app's ("Chery QQ (2013–2018)") is no handle or phone;
// "Alibaba.com Pay receives JPY directly" names the platform's payment, not a payment around it; and the call button
// of this chat ("the phone icon at the top of this chat", 聊天窗口右上角的电话图标) is the platform's. A real number
// or handle, or paying the rep directly, still leaks.
const passes: Array<[string, string]> = [
  ['Chery QQ (2013–2018)', 'These brake pads fit Chery QQ (2013–2018) and Chery Tiggo 2. OE no. S11-3501080. Pack of 4.'],
  ['QQ 2013-2018', 'Fits Chery QQ 2013-2018, OEM 372-1701, $3.60/set.'],
  ['奇瑞QQ（2013-2018）', '这款刹车片适配奇瑞QQ（2013-2018）和瑞虎，单价3.6美元。'],
  ['Alibaba.com Pay receives JPY', 'Yes, JPY is fine — Alibaba.com Pay receives JPY directly, so you won\'t lose on conversion.'],
  ['Alibaba.com Pay settles EUR', 'Alibaba.com Pay settles EUR directly into our account, so pick EUR at checkout.'],
  ['phone icon of this chat', 'Tap the phone icon at the top of this chat to voice call me — I\'m free for the next hour.'],
  ['video call button of the chat window', 'Press the video call button in the upper right of the chat window and call me now, I\'ll show you the line.'],
  ['聊天窗口右上角的电话图标', '您点一下聊天窗口右上角的电话图标，直接打给我就行。'],
];
const leaks: Array<[string, string]> = [
  ['a real QQ number', 'QQ 2013201855 加我'],
  ['Alibaba Pay, then pay us directly', 'Alibaba Pay takes 3%, so better pay us directly by TT.'],
  ['the icon fails, a number given', 'Call me on +86 138 0013 8000, the phone icon at the top of this chat never works.'],
  ['图标不好用，号码给出', '直接打给我吧，聊天窗口上方的电话图标不好用，号码13800138000'],
];

describe('production years, Alibaba.com Pay and the chat\'s own call button are no contact', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

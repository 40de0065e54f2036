import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's app for a call or meeting answered with the platform's own call or meeting in its place ("我们都用国际站自带
// 的视频会议", "we do factory tours with the platform's built-in video call"): the app is declined, the talk stays on
// Alibaba.com. The app chosen over the platform's call, or an id for it given, still leaks.
const passes: Array<[string, string]> = [
  ['Zoom not needed, the platform\'s built-in call', 'Zoom is not needed, we do factory tours with the platform\'s built-in video call.'],
  ['Skype 邀请，用阿里自带的视频会议', '您说想用 Skype 开会，谢谢！我们一般都用阿里自带的视频会议，点聊天窗口上方的"会议"就能约'],
  ['Teams asked, Trade Manager\'s own video chat', 'Thanks for suggesting Teams — we hold every meeting through Trade Manager\'s own video chat, is Thursday OK?'],
];
const leaks: Array<[string, string]> = [
  ['Zoom over the platform\'s call, with an id', 'Let\'s do Zoom instead of Alibaba\'s own video call, it is more stable, my ID 889 123 4567'],
  ['Skype 会议号', '国际站自带的会议不太稳定，我们用 Skype 开吧，我的账号 live:hx_sales01'],
];

describe('the platform\'s own call or meeting put in an app\'s place passes', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A nickname or emoji name of an app followed by an account id after a colon gives the account ("微❤：lin_home88");
// TK is TikTok when a channel word follows at once; and a CJK bracket ends a word, so a name right after 】 is read
// on its own ("…ok】威信：…" is not "ok威信").
describe('a nickname with an id after a colon, TK as TikTok, and a name after a bracket are channels', () => {
  it.each([
    ['emoji WeChat with an id', '微❤：lin_home88 备注国际站', '微❤'],
    ['paper plane with an id', '纸飞机：sunny_parts01', '纸飞机'],
    ['TK for TikTok', '我们 TK 上每天直播, 搜店名 follow 一下', 'TK'],
    ['a name right after a closing bracket', '【新品通知】请回复ok】微信：chen_valve2020', '微信'],
  ])('%s', (_what, text, cover) => expectCaughtWithEvidence(checker, text, cover));
});

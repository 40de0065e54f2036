import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// [what is disguised, draft, the characters the finding must cover]
const cases: Array<[string, string, string]> = [
  ['full-width digits and letters', 'ｗｈａｔｓａｐｐ：＋８６ １８６ １２３４ ５６７８', '１８６ １２３４ ５６７８'],
  ['zero-width characters inside the number', 'My number is 186\u200b1234\u200d5678', '186\u200b1234\u200d5678'],
  ['Cyrillic homoglyphs in the messenger name', 'Add my wеchаt: sunny_trade88', 'sunny_trade88'],
  ['mathematical bold digits', 'call 𝟏𝟖𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖 anytime', '𝟏𝟖𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
  ['circled digits', 'WhatsApp ①⑧⑥①②③④⑤⑥⑦⑧', '①⑧⑥①②③④⑤⑥⑦⑧'],
  ['keycap emoji digits', 'wa: 1️⃣8️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣', '1️⃣8️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣'],
  ['Chinese numerals with 幺', '我的电话 幺八六 一二三四 五六七八', '幺八六 一二三四 五六七八'],
  ['financial numerals', '手机：壹捌陆壹贰叁肆伍陆柒捌', '壹捌陆壹贰叁肆伍陆柒捌'],
  ['English digits spelled out', 'text me one eight six one two three four five six seven eight', 'one eight six one two three four five six seven eight'],
  ['emoji between digits', 'my cell 186🔥1234🔥5678', '186🔥1234🔥5678'],
  ['spaced-out messenger name', 'add me on w h a t s a p p', 'w h a t s a p p'],
  ['@ inside the messenger name', 'contact me on wh@ts app please', 'wh@ts app'],
  ['"at/dot" email', 'write to tony.lee at gmail dot com', 'tony.lee at gmail dot com'],
  ['"(at)" email', 'email: sales(at)abc-factory.com', 'sales(at)abc-factory.com'],
  ['艾特 email', '邮箱 sales艾特163点com', 'sales艾特163点com'],
  ['# for @ in an email', 'mail me: jack#qq.com', 'jack#qq.com'],
  ['威信 alias', '加我威信聊', '威信'],
  ['vx alias', '方便的话加vx：lily_2023', 'vx：lily_2023'],
  ['加v slang', '加v详聊', '加v'],
  ['扣扣 alias', '我的扣扣 12345678', '12345678'],
  ['飞机 for Telegram', '飞机号：@jack_trade1', '飞机号：@jack_trade1'],
  ['partly masked Chinese mobile', 'call me 186****1234', '186****1234'],
  ['wa.me link with spaces', 'chat here: wa . me / 8618612345678', 'wa . me / 8'],
  ['link shortener', 'see bit.ly/3xYzAbc for our catalogue', 'bit.ly/3xYzAbc'],
  ['scan my QR code', 'Please scan my WeChat QR code to get the price', 'scan my WeChat QR'],
  ['UK number without context words', 'Reach me: +44 7911 123456', '+44 7911 123456'],
  ['Brazilian number', 'Whats: +55 11 91234-5678', '+55 11 91234-5678'],
  ['Arabic-Indic digits', 'tel ١٣٩٢٢٢٢٣٣٣٣', '١٣٩٢٢٢٢٣٣٣٣'],
  ['small capitals', 'ᴡᴇᴄʜᴀᴛ: jenny_sz88', 'ᴡᴇᴄʜᴀᴛ: jenny_sz88'],
  ['dingbat digits', 'My number: ➊➌➑➊➋➌➍➎➏➐➑', '➊➌➑➊➋➌➍➎➏➐➑'],
];

describe('disguised contacts are caught and mapped back to the typed characters', () => {
  it.each(cases)('%s', (_what, text, mustCover) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
    const at = text.indexOf(mustCover);
    expect(at).toBeGreaterThanOrEqual(0);
    const covered = r.findings.some((f) => f.start <= at && f.end >= at + mustCover.length);
    expect(covered, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(true);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

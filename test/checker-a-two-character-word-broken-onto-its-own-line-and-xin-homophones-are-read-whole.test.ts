import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Chinese written downwards in lines of one or two characters ("私下\n聊", "加个\n好友") is read as one line, as lines of
// one character already were (src/checker/normalize.ts, stackedBreak); WeChat spelled with 芯 for 信 (威芯, 薇芯, 维芯)
// is WeChat (rules/detection/lexicon.yaml, MSG_STRONG). The near misses are short lines of order talk and a chip maker.
describe('a two-character word broken onto its own line, and 芯 homophones of WeChat', () => {
  it.each([
    '价格\n私下\n谈',
    '方便\n加个\n好友\n吗',
    '线下\n联系',
    '维芯：lily_0755',
    '薇芯 同号 kk_2021',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '样品\n已发\n顺丰',
    '此致\n敬礼\n王芳',
    '颜色\n红色\n蓝色\n各五百',
    '主板用的是维芯科技的方案，功耗很低',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

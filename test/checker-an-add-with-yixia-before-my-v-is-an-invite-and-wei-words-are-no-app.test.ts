import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

/**
 * "请加一下我的薇：…", "麻烦加下我V": the slang add takes its 一下 first and is still the invite to WeChat; words that
 * merely start with 微 (微波炉, 微笑, 微调, 微米, 微软) are no WeChat, with or without the add.
 */
const checker = createDraftChecker({ llm: null });

describe('adding my V after 一下', () => {
  it.each(['请加一下我的薇：hx-88826，发您实拍视频', '麻烦加下我V，发您工厂视频', '加一下我的微 linda8826 方便沟通'])('%s is an invite', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });

  it.each(['加一下微波炉的配件到订单里', '加一下我的微笑表情包到包装上可以吗', '加微调旋钮的版本价格另算', '请加一下V型密封圈的价格'])('%s is no app', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});

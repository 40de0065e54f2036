import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Voice typing and pinyin slips write the apps as other words: 油箱 (fuel tank) for 邮箱, 喂信 / 微新 / 威新 for 微信,
// "we chat" for WeChat. lexicon.yaml now reads them as the app or the mailbox, so the ask and invite rules see them,
// but only where the draft asks for or gives one: a 油箱 in talk of a tank, an engine or a vehicle (FUEL_TANK_TALK) is
// the product, and "we chat" is the app only after a possessive, a preposition or before an id. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('voice-typed app names count only where one is asked or given', () => {
  it('asks and invites leak', () => {
    for (const t of [
      '方便留个油箱吗？样册比较大',
      '您的油箱是多少，我把 COA 发过去',
      '您有威新吗？视频验货方便点',
      '加一下微新吧，图片清楚些',
      'do you have a we chat id? photos are clearer there',
    ])
      expect(verdict(t), t).toBe('block');
  });

  it('the fuel tank and plain English stay clean', () => {
    for (const t of [
      '这台发电机的油箱是 25 升的，给我一个数量我报价',
      '摩托车油箱有三种颜色，您要哪一种？',
      '油箱盖给我一个样品看看',
      'we chat every week with our customers right here on Alibaba',
      '这批是微新款式，面料升级了',
    ])
      expect(verdict(t), t).toBe('pass');
  });
});

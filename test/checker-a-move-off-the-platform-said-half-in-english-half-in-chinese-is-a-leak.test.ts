import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Code-switched moves: the English place with the Chinese verb ("outside 聊", "offline 再谈"), the English verb with the
// Chinese place ("talk 外面"), and a call-me told with the contact's place in the other language. Refused, they pass.
describe('a move off the platform said half in English half in Chinese is a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['refused', '不好意思，我们不能 offline 聊，平台规定都在这里沟通'],
      ['an outside size', 'outside 尺寸是 40cm，inside 是 38cm'],
      ['the card is a product', '名片盒 in stock，call 我们 here on Alibaba anytime'],
    ],
    [
      ['outside with the Chinese verb', '细节我们 outside 慢慢聊，这边回复太慢'],
      ['off platform with the Chinese verb', '价格的事情 off-platform 沟通更方便'],
      ['the English verb with the Chinese place', "let's discuss 站外, faster for both"],
      ['call me, the number on the card', 'call 我 any time，电话在名片上'],
    ],
  );
});

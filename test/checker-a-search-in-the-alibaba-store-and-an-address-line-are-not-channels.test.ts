import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A social platform named as where a product was seen, with the search sent to the Alibaba store ("您在阿里店铺里搜"),
// and "address line 2" are not channels; a search on the social platform itself still is.
const passes: Array<[string, string]> = [
  ['seen on Douyin, searched in the Alibaba store', '抖音上那个主播用的就是我们的灯，您在阿里店铺里搜“月亮灯”就能找到。'],
  ['address line 2', 'Hi Fatima, can you check the address line 2 on the order please? The courier says it is incomplete.'],
];
const leaks: Array<[string, string]> = [
  ['searched on Xiaohongshu', '小红书上搜我们的店名就能看到更多视频'],
  ['searched on Douyin', '您去抖音搜“云朵灯工厂”就能找到我们'],
];

describe('a search in the Alibaba store and an address line are not channels', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

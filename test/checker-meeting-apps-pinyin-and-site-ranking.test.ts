import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// [class, draft]
const leaks: Array<[string, string]> = [
  ['video meeting id asked', 'Our engineer can explain it on Zoom, please send me your Zoom ID'],
  ['Discord tag', 'Join us on Discord: ledhub#2290 for restock news'],
  ['LinkedIn connect', 'Please connect with me on LinkedIn, search Linda Wu at Brightlux'],
  ['pinyin WeChat invite', 'weixin hao: lindawu888, tianjia wo'],
  ['QQ as a verb', 'Q我 2876 5543 21 拿报价'],
  ['logo described in several words', 'message me on the app with the green phone-and-bubble logo, same number as before'],
  ['own site by its search ranking', 'Our official website has all models, Google "Brightlux lighting" 第一个就是'],
  ['files emailed, address asked', 'The brochure is too big for here, I will email it, what is your address?'],
];

const legit: Array<[string, string]> = [
  ['camera zoom', 'The camera has 30x optical zoom and night vision, see the video here'],
  ['zoom into the picture', 'Please zoom in on the photo above, the stitching is double'],
  ['QA report', 'Q&A: the QC report is attached here in this chat'],
  ['LinkedIn as an ad channel', 'We also run LinkedIn ads in Germany, so buyers there know the brand'],
  ['the shipping address asked for the order', 'The samples are ready, what is your address for the DHL shipment?'],
  ['searching the product on Alibaba', 'Search "Brightlux" on Alibaba.com, our store is the first result'],
];

describe('meeting apps, chat tags, pinyin invitations, QQ as a verb, site ranking, files by email', () => {
  it.each(leaks)('%s blocks: %s', (_cls, draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('block');
  });
  it.each(legit)('%s passes: %s', (_cls, draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('pass');
  });
});

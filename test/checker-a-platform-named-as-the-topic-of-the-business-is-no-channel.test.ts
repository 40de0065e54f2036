import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A messenger or social platform named as what the business is about (the buyer's ads, campaign, content or shop
// there) is no channel between the rep and the buyer; asking for the buyer's account there, or adding the rep there,
// still is.
describe('a platform named as the topic of the business is no channel', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the buyer Instagram ads, photos sent here', 'Are your Instagram ads running in May? We can shoot 10 photos and upload them here.'],
      ['the buyer Instagram content', 'Does your Instagram content need flat-lay shots? We can do 8 and post them in this chat.'],
      ['Chinese: the buyer Instagram ad pictures', '您的 Instagram 广告要用几张图？我们可以拍好发这里。'],
      ['Chinese: the buyer Instagram posts', '您的 Instagram 帖子需要白底图吗？我们拍好直接在这里发您。'],
    ],
    [
      ['asking for the buyer Instagram account', 'What is your Instagram account? I will send the videos there.'],
      ['adding the rep on Instagram', 'Add me on Instagram, my account is rayled_factory'],
      ['Chinese: asking for the buyer WhatsApp', '您的 WhatsApp 号码是多少？广告视频发您那边。'],
    ],
  );
});

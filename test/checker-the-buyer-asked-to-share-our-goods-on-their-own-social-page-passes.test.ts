import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Inviting the buyer to post or share our goods on the buyer's own social page is the buyer's marketing, not a way to
// the seller. Our own page to follow, or a tag or message to us there, is still a channel.
describe("the buyer asked to share our goods on their own social page passes", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['post the photos on your Instagram', 'You can post our lamp photos on your Instagram to promote them to your buyers.'],
      ['Chinese: share to your TikTok', '可以把我们的产品视频转发到您的抖音做推广，素材都可以用'],
    ],
    [
      ['follow our page', 'Follow our Instagram page for daily new arrivals.'],
      ['post and tag us', 'Post the photos on your Facebook page and message us there for a discount.'],
    ],
  );
});

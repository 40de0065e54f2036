import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's share link the rep cannot open, with the file asked in this chat, and a social page the platform's SNS
// sharing posts to ("we post new items there via Alibaba's SNS sharing"), keep the talk here in mixed words too. A drive
// the rep offers, or a social page to message the rep on, still leak.
describe('a share link that will not open or a social page posted to by SNS sharing in mixed words passes', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the drive link will not open', 'Sorry，WeTransfer 链接我这边打不开，麻烦直接 upload 到这个 chat'],
      ['SNS sharing posts there', 'About our TikTok: new videos are posted there by Alibaba SNS sharing, orders stay in this chat'],
    ],
    [
      ['the rep offers a drive', '文件太大，我放 Google Drive 上 share 给你'],
      ['message us there', 'About our TikTok: new videos go up there, DM us there for prices'],
    ],
  );
});

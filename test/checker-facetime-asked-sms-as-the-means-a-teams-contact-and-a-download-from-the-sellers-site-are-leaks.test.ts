import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// FaceTime is an account to call the rep on like a messenger's; SMS named as the means, a colleague's or team's
// contact asked for, and files to download from the seller's own site move the buyer off the platform. A device that
// supports FaceTime, the platform's own SMS and an app store download do not.
describe('FaceTime, SMS as the means, a team contact and a download from the own site', () => {
  it.each([
    'Do you have FaceTime? I can show you the production line live.',
    'Are you on FaceTime? Easier to show the stitching that way.',
    "I'll send the tracking by SMS once it ships.",
    "You'll get an SMS from me with the tracking.",
    "Could you give me your purchasing team's email so I can cc them on the specs?",
    'The full catalogue can be downloaded from our website, PDF on the download page.',
    '说明书官网上可以下载',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'This phone supports FaceTime and WhatsApp video calls.',
    'The tablet has FaceTime preinstalled.',
    'Alibaba will notify you by SMS when the order ships.',
    "Sorry, I can't FaceTime, let's use the Alibaba video call.",
    'You can download the app from the App Store and pair the lamp.',
    'The manual can be downloaded from the Alibaba product page.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A contact not typed: the number the buyer has from before or from a card, the contact said to be on a label or in a
// video with the buyer told to reach the rep there, the rep's number as the digits of a name; a card asked for to keep
// in touch, a group to join, a talk taken offline, files mailed to the buyer's inbox by any verb form. The same words
// about goods, prices or cards as products pass.
describe('a number the buyer already has, a contact in a place, and a card or group asked are leaks', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['the same number as last time', 'WhatsApp works too, same number as last time.'],
      ['the number printed on the card', 'You can reach me on the number printed on my business card.'],
      ['contact on a tag, reach me there', 'Contact info is on the hang tag of the sample, just message me there.'],
      ['contact at the end of a video', 'Check the end of our factory video, my WhatsApp is there.'],
      ['the old number in Chinese', '还是之前那个号码，直接打就行'],
      ['the number as the digits of the shop name', '我的微信号就是店名后面那几位数字'],
      ['a card asked for to keep in touch', '方便发个名片吗？我存一下，方便以后联系'],
      ['a group to join', '进一下我们的客户群吧，扫码就行'],
      ['a talk taken offline', "Let's take this offline."],
      ['files mailed to the buyers inbox', "I'm forwarding the catalogue and the price list for the whole series to your Hotmail."],
    ],
    [
      ['the same price as before', 'Same quality as before, and the same price as last time.'],
      ['the same model as before', '还是之前那个型号，价格不变'],
      ['a card as the product', '我们名片设计稿发您了'],
      ['taking something into account', 'We will take this into account and reply here.'],
    ],
  );
});

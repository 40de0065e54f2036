import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A buyer's message labelled as such ("Quote from buyer:", "客户原话：") and declined is quoted, also where a rule's
// match starts on the label and ends in the buyer's words. The rep's own words that report the buyer's wish without
// marks ("since you want Trade Assurance") are not the buyer's: a surcharge said there is still a leak.
const passes: Array<[string, string]> = [
  ['a labelled quote whose ask a file rule reads', "Quote from client: 'Can you send me your email and WhatsApp for the invoice?'\nReply: thanks, the invoice is in the Trade Assurance order, everything else we handle here."],
  ['客户原话 then declined', '客户原话：“把目录发我邮箱吧”。回复：不好意思，目录已经作为附件发在这个对话里了，请直接下载。'],
  ['a buyer\'s message line then declined', "Buyer's message: 'pls give me your phone'. Sorry, we only talk here on Alibaba.com, the samples ship Monday."],
];
const leaks: Array<[string, string]> = [
  ['a surcharge for the Trade Assurance the buyer wants', "The price includes a 4% 'service' surcharge since you want Trade Assurance."],
  ['a label, then the rep\'s own ask on the next line', "Quote from buyer: 'ok'\nNow please send me your personal email so our marketing team can add you."],
];

describe('a match that ends in the buyer\'s quoted words is quoted', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

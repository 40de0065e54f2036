import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "Platform rules don't allow me to share my WhatsApp": "my" before the name reads as the rep's own invitation, but a
// giving verb with a negation earlier in its clause rules it out. Giving it after "but", or a reassurance ("no problem",
// "don't worry") before the giving verb, still leaks.
const passes: Array<[string, string]> = [
  ['rules don\'t allow me to share my', 'Platform rules don\'t allow me to share my WhatsApp, sorry! Let\'s continue here.'],
  ['not able to give you our', 'I\'m not able to give you our WeChat, the platform forbids it. Everything stays in this chat.'],
  ['not permitted to exchange our personal', 'We are not permitted to exchange our personal Telegram with buyers.'],
  ['never post our', 'We never post our Skype in buyer chats, all quotes go through Alibaba.'],
];
const leaks: Array<[string, string]> = [
  ['refusal, but I can share my', 'Platform rules don\'t allow it, but I can share my WhatsApp: +86 138 0013 8000'],
  ['no problem, I\'ll send you my', 'No problem I\'ll send you my WhatsApp now.'],
  ['don\'t worry, I can share my', 'Don\'t worry I can share my WhatsApp with you'],
  ['don\'t hesitate to share my', 'Don\'t hesitate to share my WhatsApp with your team.'],
];

describe('the rep\'s own app as the object of a refused giving verb is declined', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

// Buyers who ask for the rep's app ("buyers often ask for my WhatsApp") report a request, like "the buyer asked for
// our Skype": with the refusal after it the name is declined. Giving it anyway still leaks.
const reportedPasses: Array<[string, string]> = [
  ['buyers ask for my, then everything here', 'Buyers often ask for my WhatsApp, but I always reply the same: everything on Alibaba.'],
  ['clients ask for my, sorry, kept here', 'Many clients ask for my WhatsApp, sorry, we keep all talks here on Alibaba.'],
];
const reportedLeaks: Array<[string, string]> = [
  ['clients ask for my and I give it', 'Clients ask for my WhatsApp and I give it: +86 138 0013 8000'],
  ['buyers ask for my, here it is', 'Many buyers ask for my WhatsApp, here it is, add me there'],
];

describe('a request for the rep\'s app reported from buyers, then declined, passes', () => {
  itPassesAndStillLeaks(checker, reportedPasses, reportedLeaks);
});

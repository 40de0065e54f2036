import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Round 35's false alarms, as structures: a negation whose scope is a whole list of apps; the rep's own app echoed as the
// buyer's question and answered no; a warning not to trust what arrives by text; "not to any contact"; a contact said
// to be deleted from where it was; the buyer thanked for following a page while the talk stays here; "no TA protection"
// (what a route lacks); a quoted ask read back as an item number. Each beside the leak its words still make.
describe('apps refused in a list, a route distrusted and a contact said removed pass', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a Chinese refusal before a list of apps joined by 、', '我们公司不用Line、微信、Viber和客户联系，有事都在旺旺说'],
      ['an English refusal before apps joined by slashes', 'Sorry, we are not on Viber/Skype/Telegram for sales, ask me anything in this chat'],
      ['a refusal before apps joined by commas and or', 'We never use WeChat, Line or Skype with buyers, so please keep the questions here'],
      ['the rep\'s app echoed back and answered no', 'My Telegram? I don\'t have one for work, sorry. Just type your questions here.'],
      ['a warning not to trust an account that arrives by text', 'Payment details are only in the Alibaba order page; never trust bank details sent by SMS.'],
      ['a code that points to a manual, not to any contact', 'The barcode on the box opens the assembly manual, not to any contact.'],
      ['a contact said deleted from the signature, in Chinese', '之前邮件签名里的手机已经删掉了，平台规定，后面都在阿里上沟通'],
      ['a contact said removed, in English', 'The number in my old signature has been removed, sorry for the confusion. Please reply here.'],
      ['thanks for following a social page, the quote asked here', 'Thank you so much for following our Instagram page! Send me the sizes here and I will quote today.'],
      ['a route said to lack Trade Assurance protection', 'Some sellers will move you to WeChat, but no Trade Assurance protection there, so we stay on Alibaba.'],
      ['a quoted ask read back as a model number', '"what\'s your number?" - you probably mean the model number, it is No. 2231-880-4410 in the catalogue'],
    ],
    [
      ['an invitation after a list of apps', 'Add me on Line, WeChat or Viber: lucy_trade88'],
      ['a list of apps offered, with no negation', '我们用Line、微信、Viber都可以，加我 lucy_trade88'],
      ['the rep\'s app echoed and given', 'My Telegram? Sure, add me @lucytrade_88'],
      ['texting proposed', 'I will text you the updates by SMS, it is faster'],
      ['another contact asked for', 'Any other contact please?'],
      ['a contact pointed at in the signature', 'My phone is in my signature, call me'],
      ['a follower thanked and sent to talk there', 'Thanks for following our Instagram! DM me there for the wholesale price'],
      ['Trade Assurance refused', 'No Trade Assurance for this order, pay by bank transfer to our account'],
    ],
  );
});

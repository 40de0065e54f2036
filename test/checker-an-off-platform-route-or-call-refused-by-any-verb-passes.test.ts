import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A route refused with a verb of doing or taking (不做, 不走, 不搞, "we don't do"), an off-platform payment app refused by
// name, no need to pay a private account, a call to the buyer's number turned down, the platform named with its full
// name (阿里巴巴规定), a carrier's hotline to ring and other buyers' wish told as past: none is a leak. The same words
// proposing the route or inviting the call still are.
describe('an off-platform route or call refused by any verb passes', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a payment app refused by name in Chinese', '我们不支持 PayPal，只能走信保哦'],
      ['a payment app refused after its name', 'PayPal 我们不收的，请在阿里订单里付款'],
      ['a private deal refused with 不走', '我们不走私下交易，订单都在平台上下'],
      ['an off-platform deal refused with 不搞', '我们不搞站外交易哦'],
      ['a payment app refused with "do"', "We don't do Western Union, please pay through the Trade Assurance order."],
      ['no need to pay a private account', '不用转到个人账户，在阿里订单里付就可以'],
      ['no need to pay the company account directly', 'No need to transfer to our company account directly, the Alibaba order handles it.'],
      ['a call to the buyer turned down', 'I cannot text you at +1 415 555 0134, rules of the platform. Let us talk here.'],
      ['a call to the buyer turned down in Chinese', '不好意思，不能打您 138 1234 5678 这个号，平台不允许，我们在这里聊'],
      ['the platform named in full as what forbids it', '有微信的，不过阿里巴巴规定不能在这里给，咱们就在这聊'],
      ['a carrier hotline to ring about a tracking number', '运单号 7734 5521 9087，有问题可以打 DHL 客服热线'],
      ['other buyers wishes told as past', 'Many buyers wanted to add WhatsApp at first, then found chatting on Alibaba is just as easy.'],
    ],
    [
      ['a call to the buyer offered', "I'll call you on +44 7911 123456 tomorrow"],
      ['the private deal proposed', '不走信保的话，私下交易便宜 5%'],
      ['the reps own service line to ring', '有问题可以打我们客服热线 400 820 1234'],
      ['other buyers named, then the rep inviting', '很多买家想加 WhatsApp，加我 WhatsApp 吧'],
      ['the platform skipped for the company account', 'No need for Trade Assurance, just transfer to our company account directly'],
    ],
  );
});

import { describe, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence, itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Moves off the platform said without a mailbox, a handle or an app's full name: the rep's mail as the verb with the
// files as its object ("we'll email the spec sheets"), a mixed sentence sending to the buyer's mailbox, the rep's
// WeChat Moments, WhatsApp by a short form, a meeting number, a contact promised for later, a number asked for by what
// it can receive, and the buyer told to keep something from the platform.
describe('files emailed by the rep, Moments, short app names and hiding from the platform', () => {
  it('blocks the rep emailing files with no mailbox named, in English and Chinese', () => {
    expectCaughtWithEvidence(checker, 'We can email the test reports this afternoon if you like.', 'email the test reports', 'block');
    expectCaughtWithEvidence(checker, 'Kindly mail the logo files to us, the chat squeezes them.', 'mail the logo files to us', 'block');
    expectCaughtWithEvidence(checker, '规格书我们明天邮件发给您', '规格书我们明天邮件发', 'block');
  });

  it('blocks files sent to the buyer\'s mailbox in a mixed sentence', () => {
    expectCaughtWithEvidence(checker, 'Price list 昨天 forward 到您 office email 了，麻烦看一下', 'forward 到您 office email', 'block');
  });

  it('blocks the rep\'s WeChat Moments pointed at and WhatsApp by a short form', () => {
    expectCaughtWithEvidence(checker, '新品实拍可以翻一下我们的朋友圈哦', '翻一下我们的朋友圈', 'block');
    expectCaughtWithEvidence(checker, '有急事您用 whats 联系我', '用 whats 联系', 'block');
  });

  itLeaksWithSpansAndPasses(
    checker,
    [
      ['a meeting number promised in a Chinese sentence', '周五开个视频会议吧，Teams 链接我稍后发您'],
      ['a private contact promised after the order', '等您付完款，我发您我私人号码，后面直接找我'],
      ['a number asked for by what it can receive', '麻烦留个能接电话的手机，我们销售经理想跟您聊聊'],
      ['the buyer told not to mention the deal on the platform', '返点的事别在阿里上说，我们单独算给您'],
      ['the buyer told to be careful because the chat is checked', 'Alibaba reads these chats, so be careful what you write about the rebate.'],
      ['a colleague to call the buyer, the verb in English', '我们让当地的业务 call 你一下，确认下需求'],
      ['a QR code the rep sends to be scanned', '我先发张二维码给您，扫一下就能看到我们所有款'],
      ['a weak app named as the means before a talk verb', '要不我们用 Line 沟通吧？'],
      ['the buyer\'s address asked by the way to use it', 'What number should we call you on tomorrow?'],
      ['an app put to the buyer as the way on', 'Would Telegram be easier for you? Is Telegram ok for you?'],
      ['a code that takes the buyer to the rep\'s group', 'The code on page 3 of the brochure will take you to our buyers group.'],
      ['files sent in private', '样品视频我私下传给您'],
      ['files to a team mailbox of the rep\'s', 'Please forward the artwork to our design department email.'],
      ['a colleague of the rep\'s to email the files', 'My colleague will email you the certificates tonight.'],
      ['a phone call set up', 'Shall we arrange a quick phone call on Monday morning your time?'],
      ['the buyer\'s mobile to be dialled', 'We will ring your cell after lunch to go through the specs.'],
    ],
    [
      ['Moments as what the goods are good for', '这款杯子颜值高，很适合拍照发朋友圈'],
      ['order paperwork by mail', 'We will email the proforma invoice and the packing list for customs.'],
      ['the mail ruled out, the files uploaded here', '报价单请直接在这里查看，不需要发邮箱'],
      ['an instruction that names no platform', '不要在平台上说脏话哦，谢谢配合'],
      ['order paperwork mailed by a colleague', 'Our accountant will email you the commercial invoice for customs.'],
      ['a line of text, not the app', '这条 line 可以吗，还是要再加粗一点？'],
    ],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Files moved to email in place of this chat, the buyer's mailbox after the verb ("发你 email"), the buyer's files sent
// to a department's mailbox; Trade Assurance kept for samples only, a letter of credit "not via Alibaba", and a
// payment link that is the seller's own. The look-alikes pass: files kept here instead of email, order paperwork to
// a finance mailbox, a platform order that takes samples too, a letter of credit in the Alibaba order, a warning
// against other links, and a payment page sold as a design service.
const passes: Array<[string, string]> = [
  ['files uploaded here instead of by email', 'The molds are confidential, so please upload the drawings here instead of by email.'],
  ['the invoice to the finance mailbox', '请把发票发到我们财务的邮箱，报关要用。'],
  ['samples ordered on the platform too', '阿里付款有保障，只做样品也可以下单。'],
  ['a letter of credit in the Alibaba order', 'L/C at sight works for us, we can set it up through the Alibaba order.'],
  ['a warning against links that are not Alibaba\'s', '请不要在任何不是阿里的链接上付款，谨防诈骗。'],
  ['a payment page design service', 'We design checkout pages for Shopify stores, template plus setup in 5 days.'],
];
const leaks: Array<[string, string]> = [
  ['files by email instead of here', 'The tooling drawings are sensitive, I will send them by email instead of here.'],
  ['email instead of this chat on WeChat', '图纸用邮件发吧，不在这里传了'],
  ['the video link to the buyer\'s email, mixed', 'Factory 的 video 我放 Vimeo 了, link 我发你 gmail 哈'],
  ['the buyer\'s files to a department mailbox', '您把产品图片发到我们市场部的163邮箱就好，这里传会压缩'],
  ['Trade Assurance for samples only', '阿里订单我们只接样品单，大货请电汇到我们公司账户。'],
  ['Trade Assurance for samples only, in English', 'We only use Trade Assurance for sample orders; bulk goes by T/T to us.'],
  ['a letter of credit not via Alibaba', 'Please open the L/C with your bank directly to us, not via Alibaba, it saves the fee.'],
  ['the seller\'s own payment page', '金额不大，您直接在我们财务的收款页面刷卡就行，不是阿里的链接。'],
  ['the seller\'s own checkout link', 'Please pay the sample fee by card on our own checkout page, it is quicker.'],
];

describe('files and payments moved off the platform in other words', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence, itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Files moved to a private mailbox are moved whether the rep offers it or says it is done ("I sent it to your gmail"),
// and a QR code on the rep's avatar or profile page is an invitation like one pasted in the chat ("扫我头像二维码进群").
describe('files already sent to a private mailbox, and a QR code on the rep\'s avatar', () => {
  it('blocks files said to be sent to the buyer\'s free mailbox, with the span and clause', () => {
    expectCaughtWithEvidence(checker, 'The price list was too big for the chat, so I forwarded it to your yahoo mail last night.', 'forwarded it to your yahoo', 'block');
    expectCaughtWithEvidence(checker, 'Hi Tom, we have emailed the drawings to your hotmail, please confirm the sizes.', 'emailed the drawings to your hotmail', 'block');
  });

  it('blocks an invitation to scan the code on the rep\'s avatar or profile', () => {
    expectCaughtWithEvidence(checker, '亲，样品图太多了，扫我头像上的二维码进群看吧', '扫我头像上的二维码进群', 'block');
    expectCaughtWithEvidence(checker, '新款都在群里，扫一下我主页的码入群就能看到', '扫一下我主页的码入群', 'block');
  });

  itPassesAndStillLeaks(
    checker,
    [
      ['the mail declined and the file kept here', 'No need to send it to your gmail, I have attached the price list here in the chat.'],
      ['a QR code printed on the goods', '包装盒背面印有产品说明书的二维码，扫码就能看安装视频。'],
    ],
    [['a file sent to a private mailbox in Chinese', '文件太大了，已经发到您的私人邮箱了，查收一下']],
  );
  it('blocks a file sent to a private mailbox "by mistake" all the same', () => {
    expectCaughtWithEvidence(checker, 'Sorry, I sent the catalogue to your gmail by mistake, please check it there.', 'sent the catalogue to your gmail', 'block');
  });
});

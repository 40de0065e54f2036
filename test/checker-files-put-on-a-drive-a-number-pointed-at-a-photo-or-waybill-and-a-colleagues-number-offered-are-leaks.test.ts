import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Files put on a sharing service, the rep's number pointed at on a photo or a waybill (the place named first), a
// colleague's number offered, and the rep's own social channel named as where the goods are, all move the buyer off
// the platform. A declined drive, the buyer's number on the waybill and the buyer's channel pass.
describe('drives, pointed numbers, a colleague number and an own channel', () => {
  it.each([
    '文件太大，我放Google Drive了，申请权限的时候用您的gmail就行',
    "I've put the full photo set on Dropbox, I'll add you when you're ready.",
    '图纸我存到百度网盘了',
    '快递单寄件人那栏有我的手机号，收到货了加我一下',
    'The sender phone on the waybill is my own number, just call it if anything.',
    "WA is fastest for me. it's +86 then the mobile you see in our company profile photo",
    'Our boss prefers Signal for contract talks, is that fine with you? I can send his number.',
    'Our YouTube channel has the full installation tutorial.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '我们不用网盘，文件都放在这里了',
    "Sorry, we can't use Dropbox, I uploaded the photos here in the chat.",
    '面单上有您的电话，快递会联系您',
    'The color you see in our company profile photo is the real one.',
    "I'll send the tracking number to you tomorrow.",
    'Your YouTube channel has great reviews, we can make the product you showed.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes found on a set of hard drafts written blind in the fourteenth session (drafts-t), each beside a leak of the
// same shape. The examples here are written for the test, not taken from the set.
describe('the platform rule told as the reason is a refusal', () => {
  it('reads "Alibaba.com" as the platform in the rules that name it', () => {
    expect(leaks("I get that Telegram is quicker for you, but Alibaba.com doesn't allow it, so let's keep talking here.")).toBe(false);
    expect(leaks('Telegram is quicker, add me there: @cn_pumps_88')).toBe(true);
  });

  it('passes a sanction told as what befalls the act, in either language', () => {
    expect(leaks('Many of our old clients used Viber, but suppliers now get penalty points for moving buyers to other apps. The voice notes here work the same.')).toBe(false);
    expect(leaks('以前很多客户用微信，现在平台会检查聊天内容，拉客户去别的软件会被扣分，我们就在这里聊。')).toBe(false);
    expect(leaks('Sorry, if I type my Line here 会被扣 3 分. We can do everything in this chat.')).toBe(false);
    expect(leaks('我们这边聊不方便，去别的软件聊吧，快一点。')).toBe(true);
  });

  it('passes a declined file service or email, and blocks the service offered', () => {
    expect(leaks('About the Google Drive folder you suggested: sorry, we cannot use outside file sharing here. The drawings are attached below.')).toBe(false);
    expect(leaks('公司不允许用百度网盘发文件给客户，视频我压缩好直接发在这里了。')).toBe(false);
    expect(leaks("Sorry, I can't give my personal email, platform rules. Attach the PO right here.")).toBe(false);
    expect(leaks('The video is too big, I will send it through WeTransfer, give me your email.')).toBe(true);
  });

  it('passes "we will never ask you to chat outside Alibaba.com" and "我们这里不允许这么做"', () => {
    expect(leaks('To be clear, we will never ask you to pay or chat outside Alibaba.com. If someone writes to you on Viber as us, it is not us.')).toBe(false);
    expect(leaks('很多卖家会让您去 Instagram 看新品，我们这里不允许这么做，新品都在店铺里。')).toBe(false);
    expect(leaks('新品都在我们的 Instagram 上，私信我就行。')).toBe(true);
  });

  it('passes a buyer message labelled in brackets and declined', () => {
    expect(leaks('【客户原话】“加我 Line：mei_2291，比较快”\n您好，我们公司只在平台上沟通，订单有问题信保也能保障您。')).toBe(false);
    expect(leaks('【我的 Line】mei_2291 加我')).toBe(true);
  });
});

describe('numbers that are not phones, and numbers spelled to hide', () => {
  it('passes a quantity range in a price table', () => {
    expect(leaks('Price list, FOB Ningbo:\n300-999: 2.15\n1000-4999: 1.96\n5000-9999: 1.80\nValid to June 30.')).toBe(false);
    expect(leaks('阶梯价：\n500-999：3.20\n5000-9999：2.85 美元')).toBe(false);
    expect(leaks('Call me: 5000-9999')).toBe(true);
  });

  it('passes email or fax for letter-of-credit documents', () => {
    expect(leaks('Under L/C No. 1188LC2203 your bank asks us to send copy documents to the applicant by email within 5 days of shipment. Which email should the copies go to?')).toBe(false);
  });

  it('reads Chinese sound-alike digits as a number, but not a want or a surname beside a figure', () => {
    expect(leaks('电话：要散久，尔八七腰，死思刘灵，直接打。')).toBe(true);
    expect(leaks('客户要 500 个，刘玲经理下午回复，久等了。')).toBe(false);
  });
});

describe('contact pointed at, sites spelled, places named', () => {
  it('blocks the contact said to be in a video description or given as the digits of the rep id', () => {
    expect(leaks('Factory tour video: youtu.be/a1B2c3D4 - our WhatsApp is in the video description, message us there.')).toBe(true);
    expect(leaks('微信和我旺旺名后面的数字是同一个号码，加一下。')).toBe(true);
    expect(leaks('The product description is in the catalog attached here.')).toBe(false);
  });

  it('blocks a site described in words with its ending spelled out', () => {
    expect(leaks('Our web shop is the brand name "greenway" plus the word "tools", no spaces, dot com. No MOQ there.')).toBe(true);
    expect(leaks('Our website is being redesigned; please keep using the Alibaba store for orders.')).toBe(false);
  });

  it('blocks "the usual place" and joining the rep group on a social network', () => {
    expect(leaks('李总，还是老地方聊吧，样品图我发那边了。')).toBe(true);
    expect(leaks('Join our Facebook group "Solar Buyers Club", I am the admin and post my direct contact there.')).toBe(true);
  });
});

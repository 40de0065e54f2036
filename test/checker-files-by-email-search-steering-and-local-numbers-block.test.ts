import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Miss classes from blind round B, written here in new words.
const leaks: Array<[string, string]> = [
  // Files moved to the buyer's mailbox, with the address asked for (the ask may sit in the next sentence).
  ['photos offered by email, address asked', 'I have 25 more pictures of the lamps, I can send them to your email. What is your email address?'],
  ['video too big here, address asked next sentence', 'The factory video is 800MB and too big for this chat. Please let me know your email and I will send it.'],
  ['样册用邮箱发，索要邮箱', '产品样册我用邮箱发您吧，您把邮箱地址告诉我一下。'],
  ['mixed: video by email, email asked', 'Hi Tom, 验厂 video 我 email 给你, 你 email address 是多少?'],
  ['files already sent to the mailbox found elsewhere', 'I already sent the drawings and price files there yesterday, please check your inbox and spam folder.'],
  ['catalogue on its way through a transfer service', 'The 2GB catalogue is on its way through WeTransfer, just tell me the address to send the link to.'],
  // Steering to the seller's website through a search engine, even when the platform is mentioned.
  ['百度一下公司名再去官网', '国际站上的款式不全，您百度一下"佛山美达灯饰"，官网上有全部型号。'],
  ['Google the company name, first hit is our site', 'Not all items are on Alibaba. Google "Ningbo Haotian Tools" and the first result is our website with everything.'],
  // Social platforms as a channel: comments, a store there, an account named in quotes.
  ['comment under a video to be contacted', 'All machine videos are on our YouTube channel "Henan Boda Machinery", leave a comment under any video and I will contact you.'],
  ['order in the seller\'s TikTok shop instead', 'These hair clips are also in our TikTok Shop, if you order there shipping is free.'],
  // Nicknamed messengers and their handles.
  ['Telegram as 飞机, with a handle', '价格我们飞机上细聊，@lumber_anna88'],
  ['WA as a verb phrase to the buyer', 'Hi Omar, 视频 WA 发你, +86 139 1234 5678'],
  ['WeChat QR in the avatar', 'Best,\nCindy\n(WeChat QR 在我头像里，扫一下就能加)'],
  // Local-format numbers of buyer markets, introduced by a partner or dealer, after a Chinese full stop.
  ['Taiwan mobile named by city and currency', '报价 NT$ 220/个。高雄那边有我们的经销商可以看样：0933-512-778 陈小姐。'],
  ['Ethiopian mobile named by the capital in Chinese', '我们在亚的斯亚贝巴有合作伙伴，可以先看货：092 155 3412（找 Samuel）。'],
  // A number pointed at instead of typed.
  ['phone number = digits of the account name', '我的手机号就是我旺旺账号名后面那 11 位数字，有事直接打。'],
  ['hotline printed on the carton reaches me', 'The hotline number printed on the carton label reaches me directly, day and night.'],
];

const passes: Array<[string, string]> = [
  ['invoice by email with the address asked', 'The commercial invoice and packing list will go by email for customs. What is your email address?'],
  ['photos here, email for the DHL notice', 'Photos are uploaded below in this chat. Please tell me your email address for the DHL shipping notice.'],
  ['search the store name on Alibaba.com', 'You can find all our mirrors by searching "Danyang Mirror Co" in the Alibaba.com search bar, that is our store.'],
  ['the buyer\'s phone printed on their own carton', '您的电话号码印在外箱上可以吗？我们可以免费印刷。'],
  ['a Taiwan price with a model number', '报价 NT$ 220/个。型号 0933512778 的配件也有货。'],
];

describe('files by email, search-engine steering, social stores, nicknames and local numbers', () => {
  itLeaksWithSpansAndPasses(checker, leaks, passes);
});

describe('a number split over lines or table cells, with the rep\'s own label or a join instruction', () => {
  it.each([
    ['one group per line under "my mobile"', 'Prices attached.\nMy mobile in Peru:\n987\n654\n321'],
    ['pieces in a table, "call the joined number"', '价格如下：\nA1 | ¥12（有事打 139）\nA2 | ¥15（ 1234 ）\nA3 | ¥18（ 5678 ）\n把括号里的数字拼起来打给我就行。'],
  ])('blocks: %s', (_w, text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
  it.each([
    ['sizes one per line', 'Sizes in stock:\n38\n40\n42'],
    ['a phone case in three sizes', 'Our phone case comes in:\n12\n13\n14 mm'],
  ])('no phone finding: %s', (_w, text) => {
    expect(checker.checkLocal(text).findings.filter((f) => f.category === 'phone')).toEqual([]);
  });
});

describe('a number pointed at by another account name', () => {
  it('"my number is the same as my Alibaba account name digits" blocks', () => {
    expect(checker.checkLocal('My number is the same as my Alibaba account name digits, call anytime.').verdict).toBe('block');
  });
});

describe('the reason for an ask may sit in the next sentence', () => {
  it('a phone asked for, the courier named in the next sentence, passes', () => {
    expect(checker.checkLocal('Please share your phone? The courier needs it for delivery updates.').verdict).toBe('pass');
  });
  it('an email asked for, a newsletter named in the next sentence, is asking for marketing', () => {
    expect(checker.checkLocal('Could you share your email address? We send a monthly newsletter with new designs and deals.').leak).toBe(true);
  });
  it('shipment updates are not marketing', () => {
    expect(checker.checkLocal('Could you share your email for the DHL invoice? We send updates on your shipment.').verdict).toBe('pass');
  });
  it('the code first, then the scan: "那个码扫一下就能加我" blocks', () => {
    expect(checker.checkLocal('名片图片发您了，右下角那个码扫一下就能加我。').verdict).toBe('block');
  });
});

describe('payment around the platform and described social apps', () => {
  it('"no need for Trade Assurance, pay directly" blocks', () => {
    expect(checker.checkLocal('Send the payment to our company account directly, no need for Trade Assurance, save 3%.').verdict).toBe('block');
  });
  it('a warning that payment without Trade Assurance is unprotected passes', () => {
    expect(checker.checkLocal('Without Trade Assurance your payment is not protected, so please order through it.').verdict).toBe('pass');
  });
  it('the blue bird app with a handle blocks', () => {
    expect(checker.checkLocal('Hit me up on the blue bird app @jiamei_led').verdict).toBe('block');
  });
});

describe('the site named before the search engine', () => {
  it('"我们官网有更多型号，百度搜…" blocks', () => {
    expect(checker.checkLocal('我们官网有更多型号，百度搜"恒达五金"第一个就是。').verdict).toBe('block');
  });
  it('a site that ranks on Baidu, with no search asked for, passes', () => {
    expect(checker.checkLocal('我们的产品在国际站店铺都能看到，价格在这里报给您。').verdict).toBe('pass');
  });
});

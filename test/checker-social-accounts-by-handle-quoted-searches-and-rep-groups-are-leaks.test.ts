import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Social and video accounts used as a channel (briefing: 引导买家使用站外沟通工具): a handle right after the network's
// name or on a labelled line, a quoted name to search for off the platform, "link in bio", the rep's own profile named
// with "let's connect", and a group the rep made for the buyer. Searching on Alibaba.com, a product styled after a
// network, and a group inside the factory stay legitimate.
const leaks: Array<[string, string]> = [
  ['a Douyin handle after the name', '我们的直播都在抖音 hdpump2020，快手 hdpump_2020 也有'],
  ['a labelled Facebook line', 'Our factory in pictures!\n\nFollow:\nFacebook: HengdaPumpWorks\n\nRegards'],
  ['the rep’s LinkedIn and connect there', 'My LinkedIn is Mei Zhou (Hengda Pumps), happy to connect there as well.'],
  ['a quoted name to look up on LinkedIn', 'If you use LinkedIn, look up "Mei Zhou pumps" and let’s connect.'],
  ['a video site and a quoted search', '安装视频在优酷，搜“恒达水泵安装”就能看到'],
  ['a portal and a quoted search', '韩国客户都在 Naver 上找我们，搜“恒达水泵”就能看到我们的博客'],
  ['a quoted search to join a community', 'We run a buyers’ community, search "Hengda Pump Club" to join.'],
  ['link in bio', 'New arrivals every week, link in bio!'],
  ['a group the rep made, joined by QR', '我建了个沟通群，扫一下图里的二维码进群就行'],
  ['a quoted name to Google', 'More colours on our site, just Google "Hengda Pump Works" 就能找到'],
  ['the store on another B2B site', 'You can also find us on Made-in-China, same company name, a little cheaper there.'],
  ['a channel named and subscribed to', '我们在 YouTube 上有工厂视频，频道叫 Hengda Pumps，订阅一下'],
];

const passes: Array<[string, string]> = [
  ['a quoted search on Alibaba.com', '在阿里巴巴国际站搜“恒达水泵”就能找到我们的店铺'],
  ['a quoted search in the store', 'Search "QB60" in our Alibaba store and you will find the 0.5HP model.'],
  ['a product styled after a network', 'The phone case comes in a TikTok-style neon print, MOQ 500.'],
  ['made in China as the origin', 'All our pumps are made in China, same quality as the German ones.'],
  ['a group inside the factory', '我们内部拉了个群专门跟进您的订单质检，有进展我在这里告诉您。'],
];

describe('social accounts, quoted searches and rep groups', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

describe('a network named as where the goods are', () => {
  itPassesAndStillLeaks(
    checker,
    [['a verified brand on Facebook', 'We’re on Facebook as a verified brand, but orders are only here.']],
    [['all new designs there', 'We’re on Pinterest as HengdaHomeDecor, all new designs there.']],
  );
});

import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Classes of miss:
// - the buyer's file reported in one clause ("您发的图纸打不开") and the rep asking for it by mail in the next: the
//   report ends at the comma, the ask is the rep's own (unless that next clause turns the request down);
// - a file uploaded to a drive with the verb first in Chinese ("传到网盘", "上传到百度云");
// - files emailed as "the originals" or "the full-size ones", with the RFQ named only as where the address came from;
// - the seller's page on a social or portfolio site pointed at ("our brand page on Facebook", "check our Pinterest
//   board", "Behance") without a handle.
// Look-alikes that stay legitimate sit beside them.
const leaks: Array<[string, string]> = [
  ['a reported file asked again by mail', '您发的那个STEP文件我们打不开，麻烦您重新发到我们技术部的邮箱。'],
  ['uploaded to a drive', '样品视频太大，我直接上传到百度云给您。'],
  ['put on the drive, verb first', '您把原图传到网盘吧，我们下载看。'],
  ['the originals by mail', 'The drawings lose detail in this chat, so I will email the originals to you tonight.'],
  ['full-size ones by mail, the address from the RFQ', 'The catalogue pages are blurry here; I\'ll email the full-size ones, I have your address from your RFQ.'],
  ['a brand page on a social site', 'Our shop page on Instagram has every colour, and we post new arrivals there first.'],
  ['a portfolio site pointed at', 'For past work, check our Dribbble and Behance, the studio name is on both.'],
  ['a channel to watch', 'Have a look at our YouTube channel, the machine demo is there.'],
];
const passes: Array<[string, string]> = [
  ['a reported file answered here', '您发的图纸我们打开了，尺寸没问题，报价明天在这里发您。'],
  ['a reported drive request turned down in the next clause', '您提到想用网盘传样品视频，抱歉，我们不用网盘，视频请在这里直接发。'],
  ['no drive needed', '不需要传到网盘，直接在聊天里上传附件就可以。'],
  ['the original invoice by mail', 'The commercial invoice is ready; I will email the original to your customs broker.'],
  ['the originals kept here', 'The photos are uploaded in this chat; the originals stay in this thread.'],
  ['ads on a social site', 'Our TikTok ads brought many buyers to our Alibaba store last month.'],
  ['a style from a social site', 'Please check our Alibaba store; the trending Instagram style is in stock.'],
  ['a design the buyer saw', 'The lamp matches the Pinterest photo you sent; see our catalogue here.'],
];

describe('files sent to a drive or mailbox and a seller\'s social page pointed at are leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

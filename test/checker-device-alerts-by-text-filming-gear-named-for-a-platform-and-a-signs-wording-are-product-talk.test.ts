import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Product talk that names a phone or an app: goods that send their own alerts by SMS to a number the buyer sets,
// filming gear named for a platform ("TikTok ring light", 抖音补光灯) or a platform name said to be a search keyword of
// the title, and a sign whose own wording names an app ("LED sign 'Follow us on Instagram'"). The rep texting the
// buyer, or the rep's own account, stays a leak.
const passes: Array<[string, string]> = [
  ['a water leak sensor alerting by SMS', 'The leak sensor WL-3 sends an alarm by SMS to up to 3 numbers and also through its own app. No hub needed.'],
  ['a tracker with SMS low-battery warnings', 'This pet GPS tracker pushes low-battery warnings by text message; you set the numbers in the app.'],
  ['短信报警的报警主机', '这款GSM报警主机支持短信报警和电话报警，断电也会发短信通知，可以设置5个号码。'],
  ['设备发短信到设定的号码', '冷库温度超标时，记录仪会自动发短信给您设定的号码，不需要另外装软件。'],
  ['a TikTok ring light kit', 'The "TikTok live ring light" set has a 10 inch light, tripod and phone holder, $6.80 at 500 sets.'],
  ['the platform name as a title keyword', 'The Instagram in the product title is only a search keyword; the selfie stick itself is unbranded.'],
  ['抖音补光灯', '这款抖音直播补光灯带三脚架和手机夹，标题里的抖音只是买家常搜的关键词。'],
  ['an LED sign with Follow us wording', 'Our LED sign "Follow us on TikTok" is 50 cm wide, USB powered, $24 each at 100 pcs.'],
  ['灯牌上的文字', '这款亚克力灯牌“Follow us on Instagram”可以换成您店名，60cm 一个 35 美金。'],
];

const leaks: Array<[string, string]> = [
  ['the rep offers to text the buyer', 'The sensor has SMS alerts; I\'ll also text you the manual by SMS tonight.'],
  ['the rep\'s own TikTok handle beside the lights', 'Follow our TikTok @ringlight_factory88 for the new lights.'],
  ['我们用短信发报价', '报警主机的报价我们会用短信发给您。'],
];

describe('device alerts by text, filming gear named for a platform and a sign\'s wording are product talk', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

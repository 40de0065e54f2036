import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The code on the cartons' shipping marks, scanned by the buyer's warehouse to receive or count the goods, is a
// label of the shipment; and a phone call named first and then ruled out ("电话沟通我这边不太方便") keeps the talk here.
// A code scanned to add the rep, or a call proposed, is still a leak.
const passes: Array<[string, string]> = [
  ['the carton-mark QR for the warehouse', '箱唛上的二维码只有箱号，方便贵司仓库扫码入库。'],
  ['the carton QR shows the packing list', '纸箱侧面有二维码，您仓库扫码就能看到装箱单明细。'],
  ['English: the shipping mark QR scanned on arrival', "Each carton's shipping mark carries a QR code with the box number, so your warehouse can scan it on arrival."],
  ['a phone call declined after it', '电话沟通的话我这边不太方便，英语口语一般，咱们就在这里文字聊吧。'],
  ['a phone talk ruled out after it', '电话里谈恐怕不行，我口语不好，还是在这里打字吧。'],
];
const leaks: Array<[string, string]> = [
  ['a card in the carton scanned to add the rep', '箱子里放了卡片，扫码加我微信'],
  ['the rep\'s own WeChat code on the carton', '外箱上印了我的微信二维码，扫码加我'],
  ['a phone call said to be easier', '电话沟通更方便，我明天给您打电话。'],
  ['a phone talk proposed', '电话沟通比较快，您方便的话我们电话里细谈。'],
];

describe('a QR code on the carton marks for the warehouse, and a phone call declined after it, pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

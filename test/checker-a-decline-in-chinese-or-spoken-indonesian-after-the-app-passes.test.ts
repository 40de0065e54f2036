import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The app the buyer proposed, echoed and answered 没必要 / 不用啦, the buyer's wish reported back (你说想…) and declined in
// the next clause, and spoken Indonesian no (gak bisa, nggak usah) are declines. An account or a number given after
// all is still a leak.
describe('a decline in Chinese or spoken Indonesian after the app passes', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['app echoed, 没必要', 'WhatsApp？没必要，阿里的聊天窗口也能发视频'],
      ["buyer's wish reported, then 不用了", '你说想加我们的抖音看视频，不用了，店铺首页有产品视频'],
      ["buyer's question reported, then 不需要的", '您之前问能不能加 Telegram，不需要的，这里回复更快'],
      ['Indonesian gak bisa', 'Maaf ya kak, gak bisa kasih nomor WA di sini, lanjut chat Alibaba saja'],
      ['Indonesian nggak usah', 'Kak, nggak usah pakai WA ya, di chat Alibaba juga bisa kirim foto'],
    ],
    [
      ['declined, then an account to search', '您说要加我们公众号，不用了，直接搜 abc_factory 就行'],
      ['declined, then a number', 'WhatsApp? 不用 la, 直接加我 +86 138 1234 5678'],
      ['Indonesian ask for the number', 'Boleh minta nomor WA kakak?'],
      ['Indonesian number on WA', 'Nanti saya kirim WA ke 0812 3456 7890 ya'],
    ],
  );
});

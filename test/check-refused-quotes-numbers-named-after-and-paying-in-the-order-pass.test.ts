import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A label after the number names it, even past a bare "number / 号码" before it; the buyer's own PO number read back is no
// phone. Told to call it, it is a phone again.
describe('a number the text names afterwards as a PO, seal or order number is no phone', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['zh, the buyer-given PO number', '箱贴上的号码 0371 556 208 是贵司之前提供的采购单号，已经按这个印了'],
      ['zh, a seal number with letters', '封条号 TR 5520 1187，柜子明天到伊斯坦布尔港'],
      ['en, where it stands first', 'The 0912 334 5567 printed on the sticker is your order number, right?'],
      ['en, on the carton mark', 'The number 021 448 7730 on the shipping mark is the PO number from your buyer, keep it?'],
    ],
    [
      ['zh, the label then told to call it', '号码 0912 334 5567 是订单号，有事直接打这个号码'],
      ['en, the label then its messenger', 'The number 0912 334 5567 is our order number, also my WhatsApp'],
    ],
  );
});

// Plural "items"/"orders" in the clause talk of goods; they label a number only right before it.
describe("talk of items or orders earlier in the clause does not hide someone's number", () => {
  itPassesAndStillLeaks(
    checker,
    [['orders listed as such', 'Orders 0101 234 5678 and 0101 234 5679 have shipped.']],
    [
      ['a showroom after its items', 'Our Alexandria showroom keeps all the lamp items on show: 0106 777 2345, ring before coming.'],
      ['a distributor after the orders', 'Small orders from Chile go to our partner in Medellín — message Camila 315 444 7788.'],
    ],
  );
});

// A quotation the rep refuses right before its marks, or a buyer named in Chinese with an English verb, is not an offer.
describe('a refused or attributed quotation is not the rep offering a channel', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['en, refused in two words', "We don't do 'call me' here, sorry, the sample video is attached below."],
      ['zh, refused before the marks', '我们从来不做站外的“私下付款”，订单都在平台上走'],
      ['mixed, the buyer named in Chinese', "买家 asked 'can I get your line id'，我打算回：样品下周寄出，可以吗"],
      ['en, the rep keeps it in Alibaba chat', "You asked for my Telegram; I'd rather keep everything in Alibaba chat, files are attached here."],
      ['ru, refused after the app', 'К сожалению, в Viber не переписываемся — правила площадки, пишите здесь.'],
    ],
    [
      ['en, the refusal then an address', "We don't do 'call me', but you can email me at lina.ops@gmail.com"],
      ['en, asked for and given', 'You asked for my Telegram, sure: @lina_ops_cn'],
    ],
  );
});

// Paying in the platform's order, a warning against other accounts, and "everything through 信保" are no condition on
// Trade Assurance and no private route.
describe('paying in the order and warning against other accounts pass', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['en, the Pay Now button', "The PI is in your TA order now; just tap 'Pay Now' there, card or TT both work, L/C not supported yet."],
      ['zh, the order pay button', '订单已经生成，您点一下订单里的“立即付款”就行，信用证暂时不支持'],
      ['zh, everything through 信保', '您上次提的那个付款方式我们不做，一律走信保'],
      ['zh, other accounts warned against', '余款在信保订单里付就可以，我们公司账户写在PI上，其他卡号都不要转'],
      ['en, other accounts warned against', 'Please pay in the Alibaba order only and do not pay any other account, whoever asks.'],
    ],
    [
      ['zh, TA refused for the company account', '信保我们不做，打到我们公司账户吧'],
      ['en, a personal account', 'Please pay to my personal account, TA takes too long'],
    ],
  );
});

// The "file" of "profile" is no file sent off the platform.
describe('a file word inside another word is no file', () => {
  itPassesAndStillLeaks(
    checker,
    [['mixed, the buyer profile', '我看到你 profile 上写了 Telegram，不过我们只在 Alibaba 聊哈']],
    [['zh, files on the messenger', '资料我微信上发你，file 比较大']],
  );
});

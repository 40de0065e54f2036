import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes of false alarm from a second set of hard legitimate drafts written blind (drafts-legit2, twelfth session),
// each beside a leak of the same shape.
describe('legitimate drafts about devices, impostors and corrections', () => {
  it('passes a list of payment methods a device supports, and blocks a private payee', () => {
    expect(leaks('P20 收银机的支付功能：\n✅ 微信支付、支付宝、银联云闪付扫码\n✅ Visa / Mastercard 非接卡')).toBe(false);
    expect(leaks('About payment support on the P10 handheld POS:\n- QR: WeChat Pay, Alipay+, UnionPay QR\n- Cards: contactless Visa')).toBe(false);
    expect(leaks('尾款直接转我个人支付宝就行，不用走信保')).toBe(true);
  });

  it('passes an impostor named as not the seller, in the next sentence too', () => {
    expect(leaks('A few of our buyers got WhatsApp messages from a profile using our logo and my name, asking for deposits.\nThat isn\'t me. I only talk to you here on Alibaba.com.')).toBe(false);
    expect(leaks('您说昨天有人在 WhatsApp 上自称是我们公司的“Lisa”，让您把尾款打到一个新的香港银行账户。那不是我们！')).toBe(false);
    expect(leaks('您发来的那个链接域名是 allbaba-order.top，少了一个 i，不是官方网址，很可能是钓鱼网站。')).toBe(false);
    expect(leaks('Our new site allbaba-order.top has better prices than here.')).toBe(true);
  });

  it('passes a colleague slip withdrawn in the next sentence, and blocks the rep own offer', () => {
    expect(leaks("Apologies: my colleague Jack sent you his WhatsApp number yesterday. That shouldn't have happened. Please don't use it; we'll keep everything here on Alibaba.com.")).toBe(false);
    expect(leaks('您看到的“如需快速回复请邮件联系”那句话，是我们智能回复里没清理干净的旧话术，已经改掉了。')).toBe(false);
    expect(leaks('Add me on WhatsApp, it is faster. We also answer here.')).toBe(true);
  });

  it('passes an invitation to a group declined, and sizes written with ×', () => {
    expect(leaks('谢谢邀请我们进您的 WhatsApp group 😊 不过 business 相关的我们只在这里沟通。')).toBe(false);
    expect(leaks("您要的产品图我们按 Instagram 的尺寸出了三套：\n- 帖子 1080 × 1350（4:5）\n- 快拍 / Reels 封面 1080 × 1920（9:16）\n- 正方形 1080 × 1080\n背景用了您品牌的奶油色 #F3E6D8，没有加我们的水印或工厂名，您可以直接发在您自己的账号上。图片包 36 张，已经上传在这个对话里。")).toBe(false);
    expect(leaks('我的手机 138××××5678，有事打我')).toBe(true);
  });

  it('passes a QR code printed on the box for the buyer own shop, and a reported request to call', () => {
    expect(leaks('我们把您给的链接做成二维码，印在彩盒侧面；顾客扫码就能用手机摄像头试色。')).toBe(false);
    expect(leaks('You asked for a direct number so your customer can call us with technical questions. Better: send the questions here.')).toBe(false);
  });
});

describe('barcodes in a draft about barcodes', () => {
  it('passes a check-digit-valid EAN-13, and blocks a number given to call or a Chinese mobile with its country code', () => {
    expect(leaks('Checked the barcodes you sent for the Saudi retail listing: 6281001234562 is fine.')).toBe(false);
    expect(leaks('EAN 6901234567892 is on the carton. For anything urgent call me on 6901234567892')).toBe(true);
    expect(leaks('barcode done. my whatsapp 8613912345678')).toBe(true);
  });
});

describe("the buyer's number read back unchanged for the courier", () => {
  it('passes it, and blocks the rep own number said to be fine for calls', () => {
    expect(leaks("SEUR flagged the address as incomplete. Your order says Calle Mayor 45, Madrid 28013 but no floor or door. The phone 612 34 56 78 is fine, it's just the flat they need.")).toBe(false);
    expect(leaks('更正一下：收件电话打错了一位，正确的是您订单上的 +234 803 412 7765，DHL 那边我已经改过来了。')).toBe(false);
    expect(leaks('My mobile 612 34 56 78 is fine for WhatsApp too')).toBe(true);
  });
});

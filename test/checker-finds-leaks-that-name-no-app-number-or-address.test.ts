import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const leaks = (t: string) => checker.checkLocal(t).leak;

// Classes of leak from a set of hard leaks written blind (drafts-leakhard, twelfth session), each beside a legitimate
// draft of the same shape.
describe('leaks that name no app, number or address', () => {
  it('finds "another way to reach you" in several languages, and passes the courier or a scam warning', () => {
    expect(leaks("Is there another way I can reach you? Sometimes I don't see the notification here.")).toBe(true);
    expect(leaks('还有别的方式能联系到您吗？有时候这边消息我看不到')).toBe(true);
    expect(leaks('Emre bey, size başka nereden ulaşabilirim? Yeni katalog için.')).toBe(true);
    expect(leaks('Once this order is done, how can I keep in touch with you directly?')).toBe(true);
    expect(leaks('如果有人用其他方式联系您，请不要付款。')).toBe(false);
  });

  it('finds the buyer asked to send theirs after a decline', () => {
    expect(leaks("Sorry I can't send my contact, but you are free to send me yours, that's allowed I think")).toBe(true);
    expect(leaks('规则不让我主动要您的联系方式，所以您主动发给我就行')).toBe(true);
  });

  it('finds files or the talk moved to a mailbox or the rep site', () => {
    expect(leaks('Which inbox should we send the 3D files to? Attachments here get compressed.')).toBe(true);
    expect(leaks('检测报告我已经发过去了，后续我们就在信件里往来吧')).toBe(true);
    expect(leaks('高清图都在我们官网的下载中心，密码 hx2022，您自己下就行')).toBe(true);
  });

  it('finds a site or payment link spelled with the buyer word for dot or on a shop builder', () => {
    expect(leaks('Visita nuestra página web: hxlighting punto com punto mx — ahí están los precios en pesos')).toBe(true);
    expect(leaks('Our own web shop is live: sunnyhair-wholesale . myshopify . com – checkout with card')).toBe(true);
    expect(leaks('Payment link: paypal . me / hxsunny / 450 — pay there and I release the goods today.')).toBe(true);
  });

  it('finds the contact pointed at on a paper, a banner or a profile, and passes an order number there', () => {
    expect(leaks('电话我写在产品图最后一张的包装箱上了，您放大看右下角就有')).toBe(true);
    expect(leaks("Sorry, Alibaba doesn't allow me to share my phone in chat. Let's just say it's the one printed on the carton in photo #3.")).toBe(true);
    expect(leaks('Lo siento, no puedo compartir mi número aquí por las reglas de Alibaba... pero es el mismo que está en el membrete de la cotización 😉')).toBe(true);
    expect(leaks('订单号在我发的截图里，您核对一下')).toBe(false);
  });

  it('finds the seller store on another marketplace, and passes the buyer store', () => {
    expect(leaks('京东上也有我们的官方店，您在国内的朋友可以直接在京东下单')).toBe(true);
    expect(leaks('We also have an Amazon store (HX Home Official) if you want 1-2 pcs to test quickly.')).toBe(true);
    expect(leaks('We can ship to your Amazon FBA warehouse with FNSKU labels.')).toBe(false);
  });

  it('finds apps named by colour or sound, and accounts named as the store name', () => {
    expect(leaks('Hola Lucía, ¿tienes la app verde? Te mando el catálogo completo por ahí')).toBe(true);
    expect(leaks('有沃茨吗？有的话我加您')).toBe(true);
    expect(leaks('🟢 同号哈，您发个消息过来我马上回')).toBe(true);
    expect(leaks("Our export team is active on X, handle is the same as our brand + 'export'. Send a DM")).toBe(true);
    expect(leaks('The cushion is shaped like a green chat bubble, 40x40cm')).toBe(false);
  });
});

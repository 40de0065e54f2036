import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A contact not typed but pointed at (profile, signature, website, a card or a label in a picture), and a phone
// number labelled as an order, batch or model number that the same text tells the buyer to call, save or add.
const leaks: Array<[string, string]> = [
  ['a colleague\'s mobile on the attached datasheet', "Mr. Chen's mobile is on the datasheet I attached, top right corner."],
  ['WhatsApp in the profile', 'My WhatsApp is in my profile, you will see it there.'],
  ['number on the website', 'Our contact number is on our website, call anytime.'],
  ['a pretext, then the number on a carton in a photo', "I'm not allowed to write my number here, but it's on the carton in the second photo."],
  ['the number in the signature', 'Just call the number in my signature.'],
  ['QR code in the profile picture', 'Please check my profile picture, the QR code there is my WeChat.'],
  ['a business card in a photo', 'See the business card in the photo, that number reaches me directly.'],
  ['digits of the store name', 'The last 11 digits of my store name are my phone.'],
  ['联系方式在主页简介', '我的联系方式在我主页简介里'],
  ['微信在名片照片上', '我的微信在名片照片上'],
  ['图片角落有我的电话', '您看第三张图片，左下角有我的电话'],
  ['旺旺名后几位是手机', '我的旺旺名后面那11位就是我手机号'],
  ['an order number to save and greet on WhatsApp', 'Order no. 8613912345678, save it in your contacts and send me a hi on WhatsApp.'],
  ['批号直接打', '批号 13800138000，有问题直接打这个号码'],
  ['订单号加这个号', '订单号 18612345678，加一下这个号，备注订单号'],
  ['型号存号码', '型号：13588889999（存一下这个号码，方便联系）'],
  ["buyer language: Mi número está en mi perfil, llámame.", "Mi número está en mi perfil, llámame."],
  ["buyer language: Meine Nummer steht auf unserer Website.", "Meine Nummer steht auf unserer Website."],
  ["buyer language: Il mio numero è nella firma dell'email.", "Il mio numero è nella firma dell'email."],
  ["buyer language: Nomor WA saya ada di foto profil.", "Nomor WA saya ada di foto profil."],
  ["buyer language: Mon numéro est sur notre site, appelez-m", "Mon numéro est sur notre site, appelez-moi."],
  ["buyer language: Meu WhatsApp está na foto do perfil.", "Meu WhatsApp está na foto do perfil."],
  ["buyer language: Pedido nº 5512345678, llámame a este núm", "Pedido nº 5512345678, llámame a este número."],
  ["buyer language: Numer zamówienia 48601234567 – proszę za", "Numer zamówienia 48601234567 – proszę zadzwonić na ten numer."],
];

const passes: Array<[string, string]> = [
  ['a model number on the label', 'The model number is on the label on the back of the unit.'],
  ['a carton number to compare with the PO', 'Please check the number on our carton label matches your PO.'],
  ['a QR code for the installation video', '我们的二维码在包装上，扫码可以看安装视频'],
  ['a serial number in a photo', 'The serial number is in the photo, under the battery.'],
  ['the company profile on Alibaba', 'Our company profile is on Alibaba, please check the certificates there.'],
  ['订单号在附件', '订单号在附件的PI上面，请查收'],
  ['a part number on a box label in a photo', 'The part number is printed on the box label in the 3rd photo.'],
  ['an order number to keep', 'Order no. 1900443287650021, please save it for your records.'],
  ['订单号请保存', '订单号 1900443287650021，请保存好，售后要用'],
  ['a PO number added to the invoice', 'PO 4500128863 received, please add it to the invoice.'],
  ['a batch number kept for after-sales', 'Batch no. 20231105 is on the carton, keep it for after-sales.'],
  ["buyer language, compliant: El número de modelo está en la etiqueta.", "El número de modelo está en la etiqueta."],
  ["buyer language, compliant: Die Bestellnummer steht auf der Rechnung", "Die Bestellnummer steht auf der Rechnung."],
  ["buyer language, compliant: Il numero di serie è nella foto.", "Il numero di serie è nella foto."],
];

describe('contacts pointed at, and labelled numbers the buyer is told to call, are leaks', () => {
  for (const [name, text] of leaks) {
    it(`flags: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      expect(r.findings.some((f) => f.rule !== 'classifier' && f.excerpt === text.slice(f.start, f.end))).toBe(true);
      expect(checker.checkLocal(r.rewrite!).leak, r.rewrite!).toBe(false);
    });
  }
  for (const [name, text] of passes) {
    it(`passes: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }
});

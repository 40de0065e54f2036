import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A contact word whose subject is not the rep and the buyer exchanging contact (rules/detection/not-an-exchange.yaml):
// the goods sending their own alerts, a QR code made part of the goods, an impostor or a hacked account. The rep
// giving or asking a contact in the same breath still leaks.
describe('a contact word said of the goods or of an impostor is no exchange', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a freezer alarm mails the technician', '冷库温控器超温时会自动发邮件给维修人员，也可以设置三个接收人'],
      ['a gas detector texts its owner', 'The detector automatically texts an alarm to the owner when the CO level passes 50 ppm.'],
      ['a scale that e-mails its reports', 'The unit e-mails a daily weighing report to whoever you set up in the settings page.'],
      ['an impostor mailing buyers', '提醒一下：近期有人冒充我们公司给客户发邮件要求改付款账户，请以阿里订单为准'],
      ['an impersonator on a messenger', 'Heads up: someone is impersonating our sales team on Telegram, we only talk to buyers in this chat.'],
      ['a hacked account disowned', '我们以前的 Facebook 主页被盗了，那边发的消息都不是我们发的'],
      ['messages elsewhere said to be fake', 'Any WhatsApp message claiming to be from our factory is fake, please report it to Alibaba.'],
      ['a QR code engraved on a plaque', 'We can laser a QR code onto each brass plaque, scanning it opens the owner manual video.'],
      ['a QR code printed on a carton', '外箱上的二维码扫了可以看安装教程视频，您的客户自己就能装'],
    ],
    [
      ['a QR code on the box to add the rep', '扫一下包装盒上的二维码加我微信，我把价格表发您'],
      ['a hacked account and a new one given', 'Our old WeChat was hacked, add my new one: lily_pump_88'],
      ['an impostor warning, then the rep asks for the mail', '有人冒充我们发邮件，您留个私人邮箱给我，我单独发您'],
    ],
  );
});

// Written Cantonese folds to Mandarin in the checker's views (core/lang.ts), so a Cantonese refusal reads as one, and a
// Cantonese ask (俾我 = 给我, 你嘅 = 你的) as an ask.
describe('a refusal or an ask written in Cantonese is read as one', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the company does not allow the app', '唔好意思，我哋公司唔俾用 Line 同客人傾，喺呢度傾就得'],
      ['no group of that kind', 'Sorry 我哋冇 WhatsApp group，new arrivals 會放喺 Alibaba store'],
      ['personal accounts not taken', '放心，我哋只收 Trade Assurance，personal account 一律唔收'],
    ],
    [
      ["the buyer's number asked in Cantonese", '俾我你嘅手機號碼啦，我叫同事打俾你'],
      ["the buyer's mail asked in Cantonese", '唔該留低你嘅 email 俾我，我send埋 catalogue'],
      ['the app given in Cantonese', '加我 WhatsApp 傾啦 +852 6123 4598'],
    ],
  );
});

// Numbers labelled as something else, and the phone as what a product is for.
describe('labelled numbers and a phone the product is for are no contact', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a pickup code at a warehouse', '深圳仓的取货码是 0916 283745，司机到了报码就行'],
      ['a Spanish certificate number abbreviated', 'Hola Pablo, el certificado CE n. 612 447 2091-B ya está en los adjuntos del pedido'],
      ['a document number matched to the PI', 'Please note the contract no. 0713-2284-5190 is the same as the PI, your bank needs both.'],
      ['a phone holder asked about', 'Do you have a phone holder for this bike? Yes, it clips on the handlebar.'],
    ],
    [
      ['a phone number asked', 'Do you have a phone number I can reach you on after 6pm?'],
      ['a number given after the code', '取货码我私信您，有事打我手机 0916 283 7451'],
    ],
  );
});

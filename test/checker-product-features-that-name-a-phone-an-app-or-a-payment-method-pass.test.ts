import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Product talk that names the phone a product charges, the prestige a maker has (威信, a homophone of 微信), the
// payment apps a machine or an app takes, the phone a device notifies in French or Italian, an app-style design and
// a stand for video calls, a telegraph ornament and QR table cards sold as goods: none of it gives or asks for a channel. The near twins that do still leak.
const passes: Array<[string, string]> = [
  ['a cable that charges the phone and the tablet', '这款三合一数据线能给手机、平板和耳机一起充电，编织线身。'],
  ['a car mount that charges the phone wirelessly', '车载支架可以给手机无线充电，15W，卡扣式安装。'],
  ['a maker with standing in the trade', '我们厂在五金行业很有威信，合作的客户都是十年以上。'],
  ['a boss whose standing is high', '我们老板在协会里威信很高，标准起草也参与过。'],
  ['a kiosk that takes Alipay and WeChat Pay', 'The self-service kiosk takes Alipay and WeChat Pay by QR code, with a 32 inch touch screen.'],
  ['an app built with Alipay payment', '这个外卖小程序开发项目可以接入支付宝支付和微信登录，工期四周。'],
  ['a French thermostat alert on the phone', 'Le détecteur de fumée envoie une alerte sur votre téléphone et une notification par e-mail. MOQ 500.'],
  ['an Italian notice on the phone', 'Il sensore invia una notifica al tuo telefono quando la porta si apre.'],
  ['a WhatsApp-style design, files sent here', 'Our WhatsApp-style chat skin for your app is ready, I have sent you the mockups here in this chat.'],
  ['a phone stand for Zoom calls', 'The desk phone stand keeps your phone steady for Zoom calls, aluminium, logo printing OK.'],
  ['a payment page designed as a service', '我们提供收款页面设计和 Stripe 对接服务，模板可以定制。'],
  ['a telegraph ornament (电报机)', '这款电报机造型的复古摆件是黄铜做的，适合酒吧装饰。'],
  ['QR table cards for ordering sold as goods', '扫码点餐的亚克力台卡可以印您的店名，我们加了防水膜。'],
];
const leaks: Array<[string, string]> = [
  ['a phone number asked for', '方便给个手机号吗？我们经理想直接跟您聊。'],
  ['WeChat by its homophone with an id', '加我威信 abc_7788，发您实拍图'],
  ['Alipay to the rep\'s own account', 'For the sample just pay by Alipay to my account, no need for an order.'],
  ['a number asked for in French', 'Envoyez-moi votre numéro de téléphone, je vous appelle demain.'],
  ['a WhatsApp number given', 'add my whatsapps: +86 139 2233 4455 for more photos'],
  ['Telegram by its Chinese name, with a handle', '有急事发电报找我 @zhou_valves'],
  ['a QR code to add the rep', '扫一下我的二维码加个好友'],
  ['a Zoom call proposed for tomorrow', 'Let us have a Zoom meeting tomorrow at 9, I will send the meeting ID.'],
];

describe('product features that name a phone, an app or a payment method', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

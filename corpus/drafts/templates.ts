import * as F from './fillers.js';
import type { Rng } from './rng.js';

export interface Slots {
  r: Rng;
  disguised: boolean;
  phone(): string;
  cn(): string;
  msg(zh?: boolean): string;
  email(): string;
  handle(): string;
  product(): string;
  productZh(): string;
  name(): string;
  seller(): string;
  n(lo: number, hi: number): number;
}
export interface Draft {
  text: string;
  category?: string;
  lang: 'en' | 'zh' | 'mixed';
}
type T = (s: Slots) => Draft;
const en = (text: string, category?: string): Draft => ({ text, category, lang: 'en' });
const zh = (text: string, category?: string): Draft => ({ text, category, lang: 'zh' });
const mx = (text: string, category?: string): Draft => ({ text, category, lang: 'mixed' });

// ---------------------------------------------------------------- TRAIN templates (set A)
export const LEAK_A: T[] = [
  (s) => en(`Hi ${s.name()}, please add my ${s.msg()} ${s.phone()} for more details.`, 'messenger'),
  (s) => en(`For a faster reply, contact me on ${s.msg()}: ${s.phone()}`, 'messenger'),
  (s) => en(`My ${s.msg()} is ${s.handle()}, we can talk there about the ${s.product()}.`, 'messenger'),
  (s) => en(`Thanks for your inquiry about ${s.product()}. Please send me your ${s.msg()} number and I will send you the catalog.`, 'ask_contact'),
  (s) => en(`Do you have ${s.msg()}? It is easier to talk there.`, 'ask_contact'),
  (s) => en(`I can send more real photos and videos by ${s.msg()}, my number ${s.phone()}`, 'file_offsite'),
  (s) => en(`Dear ${s.name()},\nThank you for your interest in our ${s.product()}.\n\nBest regards,\n${s.seller()}\nTel: ${s.phone()}\nEmail: ${s.email()}`, 'signature'),
  (s) => en(`[Auto reply] I'm away now, please contact my ${s.msg()} ${s.phone()} immediately.`, 'signature'),
  (s) => en(`Let's continue our talk outside Alibaba, it is more convenient for both of us.`, 'file_offsite'),
  (s) => en(`Please email me at ${s.email()} for the full price list.`, 'email'),
  (s) => en(`Scan my ${s.msg()} QR code to get the latest catalogue.`, 'link'),
  (s) => en(`Could you leave your phone number? I will call you to explain the ${s.product()}.`, 'ask_contact'),
  (s) => en(`Click https://wa.me/${s.cn()} to chat with me directly.`, 'link'),
  (s) => en(`Hello friend, you can reach me anytime at ${s.phone()} (${s.msg()}).`, 'phone'),
  (s) => en(`We have the ${s.product()} in stock. Whats your ${s.msg()}? I will send the video.`, 'ask_contact'),
  (s) => en(`Price is good. Write to ${s.email()} and I will give you a special discount.`, 'email'),
  (s) => en(`Add me: ${s.msg()} ${s.handle()}`, 'messenger'),
  (s) => en(`I will share the factory video on ${s.msg()}, it is too big for this chat.`, 'file_offsite'),
  (s) => zh(`您好，加我${s.msg(true)}${s.handle()}详聊${s.productZh()}的价格`, 'messenger'),
  (s) => zh(`我的${s.msg(true)}：${s.phone()}，方便沟通`, 'messenger'),
  (s) => zh(`请留下您的电话，我给您打过去介绍一下${s.productZh()}`, 'ask_contact'),
  (s) => zh(`更多实拍图和视频加我${s.msg(true)}发给您`, 'file_offsite'),
  (s) => zh(`方便的话我们线下聊，价格可以再优惠`, 'file_offsite'),
  (s) => zh(`您好，感谢询价。\n\n祝好\n${s.seller()}\n手机：${s.phone()}\n邮箱：${s.email()}`, 'signature'),
  (s) => zh(`[自动回复] 您好，我暂时不在，请加我${s.msg(true)} ${s.phone()}`, 'signature'),
  (s) => zh(`您的${s.msg(true)}是多少？我把目录发给您`, 'ask_contact'),
  (s) => zh(`有问题直接打我电话 ${s.phone()}`, 'phone'),
  (s) => mx(`Hello 朋友, add my 微信 ${s.handle()} pls，我们详细聊`, 'messenger'),
  (s) => mx(`加我whatsapp ${s.phone()}, we can talk more about ${s.product()}`, 'messenger'),
  (s) => mx(`您好 ${s.name()}, my email: ${s.email()}，报价单发您邮箱`, 'email'),
  // Subtle: no tool named, only hinted. These are what the classifier is for.
  (s) => en(`${s.r.pick(['Hi', 'Dear friend', 'Hello'])}, ${s.r.pick(["let's move this chat to the green app", 'we can chat on the green app', 'find me on the green chat app'])}, ${s.r.pick(['you know the one 😉', 'it is much faster', 'same name as here'])}.`, 'file_offsite'),
  (s) => en(`${s.r.pick(['This platform is too slow', 'Messages here get delayed', 'The chat here is not convenient'])}, ${s.r.pick(['better we talk somewhere else', 'lets find another way to talk', 'I prefer a more direct channel'])}.`, 'file_offsite'),
  (s) => en(`My ID on the ${s.r.pick(['W app', 'green app', 'blue app', 'chat app'])} is the same as my store name, ${s.r.pick(['add me there', 'message me there', 'ping me there'])}.`, 'messenger'),
  (s) => en(`I can give you ${s.r.pick(['a much better price', 'a secret discount', 'the factory price'])} if we ${s.r.pick(['skip the platform', 'deal directly', 'avoid the platform fees'])}.`, 'file_offsite'),
  (s) => zh(`${s.r.pick(['这里聊天不方便', '平台消息太慢了', '这边说话受限制'])}，${s.r.pick(['我们换个地方聊', '去绿色软件上聊吧', '咱们私下说'])}。`, 'file_offsite'),
  (s) => zh(`${s.r.pick(['我的V就是店铺名', '绿泡泡同名', '蓝色软件搜我店名'])}，${s.r.pick(['加我一下', '过来聊', '找我'])}。`, 'messenger'),
];

export const OK_A: T[] = [
  (s) => en(`Hi ${s.name()}, the price of ${s.product()} is USD ${s.n(1, 40)}.${s.n(10, 99)} per piece, MOQ ${s.n(1, 10) * 100} pcs.`),
  (s) => en(`Thank you for your inquiry. Lead time is ${s.n(7, 30)} days after deposit. We can ship to ${s.r.pick(F.COUNTRIES)} by sea or air.`),
  (s) => en(`Model ${s.r.pick(['HL', 'TX', 'BR'])}-${s.n(1000, 99999)} is in stock, ${s.n(200, 5000)} units available.`),
  (s) => en(`Your order ${s.r.digits(16)} has been shipped, tracking number ${s.r.pick(['1Z', 'SF', 'YT'])}${s.r.digits(12)}.`),
  (s) => en(`HS code ${s.n(8400, 9600)}.${s.n(10, 99)}.${s.n(10, 99)} applies to ${s.product()}.`),
  (s) => en(`To arrange the shipment, please provide the consignee name, address and phone number for customs clearance.`),
  (s) => en(`Could you tell me your email address so that we can send the proforma invoice for order ${s.r.digits(8)}?`),
  (s) => en(`Our ${s.product()} come with a smart app that shows WhatsApp and WeChat notifications.`),
  (s) => en(`We accept Trade Assurance and Alibaba.com Pay. Please place the order on Alibaba.com so you are protected.`),
  (s) => en(`Let's keep talking here on Alibaba.com, I will send photos and videos in this chat.`),
  (s) => en(`Sorry, we do not use WhatsApp for business. Please keep chatting with us here.`),
  (s) => en(`Sizes available: ${[36, 37, 38, 39, 40, 41, 42].slice(0, s.n(4, 7)).join(' ')}. Colors: black, white, red.`),
  (s) => en(`Bank details for order ${s.r.digits(6)}: account ${s.r.digits(4)} ${s.r.digits(4)} ${s.r.digits(4)} ${s.r.digits(4)}, SWIFT BKCHCNBJ.`),
  (s) => en(`Production date ${2026}-${s.n(10, 12)}-${s.n(10, 28)}, delivery before ${2027}-0${s.n(1, 9)}-${s.n(10, 28)}.`),
  (s) => en(`Thanks for your message, ${s.name()}. We received your RFQ and will quote within 24 hours.`),
  (s) => en(`The sample costs USD ${s.n(20, 80)} and we can refund it after your bulk order.`),
  (s) => en(`Our production line makes ${s.n(10, 90)}000 pcs per month, so the delivery is fast.`),
  (s) => en(`Please confirm the receiver phone number for the DHL delivery.`),
  (s) => en(`Our factory has ${s.n(50, 500)} workers and ${s.n(5, 30)} production lines. Welcome to visit us.`),
  (s) => zh(`您好，${s.productZh()}单价${s.n(5, 90)}元，起订量${s.n(1, 10) * 100}件。`),
  (s) => zh(`为了安排发货，请提供收件人的姓名、地址和电话，清关需要。`),
  (s) => zh(`这款${s.productZh()}支持微信消息提醒和来电显示。`),
  (s) => zh(`订单号${s.r.digits(16)}已发货，运单号${s.r.digits(12)}。`),
  (s) => zh(`我们就在国际站上沟通吧，下单请走信用保障。`),
  (s) => zh(`请提供您的邮箱，我们把形式发票发给您确认订单。`),
  (s) => zh(`交期大约${s.n(10, 30)}天，可以海运或空运到${s.r.pick(['美国', '德国', '巴西', '迪拜'])}。`),
  (s) => zh(`谢谢您的询盘，样品费${s.n(20, 80)}美元，大货下单后可退。`),
  (s) => mx(`Hi ${s.name()}, 价格是 USD ${s.n(1, 40)}, MOQ ${s.n(1, 10) * 100} pcs，交期 ${s.n(7, 30)} days.`),
  (s) => mx(`Thanks! 我们会在 Alibaba.com 上把报价和图片发给您。`),
  (s) => en(`Do you need the ${s.product()} with your logo? We support OEM and ODM.`),
  (s) => en(s.r.pick(['Hello, how are you?', 'Hi dear, good morning!', 'Thank you very much.', 'OK, noted.', 'Any update on this?', 'Sure, no problem.', 'Have a nice weekend!', 'Hello, are you there?'])),
  (s) => en(`Hi ${s.name()}, ${s.r.pick(['just checking in', 'hope you are well', 'sorry for the late reply', 'thanks for your patience'])}. ${s.r.pick(['Did you have time to review the quotation?', 'Let me know if you have any questions.', 'The new samples are ready.', 'We can start production next week.'])}`),
  (s) => zh(s.r.pick(['您好，在吗？', '好的，收到。', '谢谢您的耐心等待。', '周末愉快！', '请问还有什么需要帮忙的吗？', '您好，报价单已经更新了。'])),
  (s) => en(`We can talk about the ${s.product()} details here anytime. ${s.r.pick(['What quantity do you need?', 'Which color do you prefer?', 'Do you need a sample first?'])}`),
  (s) => en(`${s.r.pick(['Our app', 'The companion app', 'The control app'])} for the ${s.product()} is ${s.r.pick(['green', 'blue', 'free'])} and works on iOS and Android.`),
  (s) => en(`${s.r.pick(['The chat here is a bit slow today', 'Sorry the platform was down this morning'])}, ${s.r.pick(['but I will answer everything here', 'I will reply here as soon as I can'])}.`),
  (s) => zh(`${s.r.pick(['平台刚才有点慢', '消息可能有延迟'])}，${s.r.pick(['我们还是在这里继续聊', '我会在国际站上尽快回复您'])}。`),
  (s) => en(`We offer the factory price directly on Alibaba.com, ${s.r.pick(['no middleman', 'with Trade Assurance protection'])}.`),
];

// ---------------------------------------------------------------- HELD-OUT templates (set B): different phrasings
export const LEAK_B: T[] = [
  (s) => en(`Dear buyer, we suggest you reach our sales team through ${s.msg()} at ${s.phone()}.`, 'messenger'),
  (s) => en(`Quick question - are you using ${s.msg()}? Would be great to chat there.`, 'ask_contact'),
  (s) => en(`${s.msg()} me: ${s.phone()} (24h online)`, 'messenger'),
  (s) => en(`Hey! I'm ${s.seller()}. Ping me on ${s.msg()} ${s.handle()} and I'll share the factory video.`, 'messenger'),
  (s) => en(`If this chat is slow, my personal email is ${s.email()}.`, 'email'),
  (s) => en(`What is your ${s.msg()} ID? I'd like to share our new ${s.product()} designs with you.`, 'ask_contact'),
  (s) => en(`Regards\n${s.seller()} | Sales Manager\nM/WhatsApp: ${s.phone()}`, 'signature'),
  (s) => en(`Kindly drop your mobile number so our engineer can call you about the ${s.product()} design.`, 'ask_contact'),
  (s) => en(`Join my channel t.me/${s.handle()} for daily new arrivals.`, 'link'),
  (s) => en(`The catalogue is too large for this platform, I can send it to your ${s.msg()} instead.`, 'file_offsite'),
  (s) => en(`Out of office until Monday. Urgent matters: ${s.phone()}`, 'signature'),
  (s) => en(`Better to negotiate privately, text me on ${s.msg()} ${s.phone()}.`, 'messenger'),
  (s) => en(`Hello, I am the factory owner. My direct line is ${s.phone()}, call me anytime.`, 'phone'),
  (s) => en(`We can discuss the details off the platform, it saves fees for both of us.`, 'file_offsite'),
  (s) => en(`Sincerely,\n${s.seller()}\n${s.r.pick(F.COMPANIES)}\nMob: ${s.phone()}`, 'signature'),
  (s) => en(`Full specs here: bit.ly/${s.handle().replace(/[^a-z0-9]/g, '')}`, 'link'),
  (s) => zh(`[自动回复] 您好，我现在不在线，急事请联系${s.msg(true)} ${s.phone()}`, 'signature'),
  (s) => zh(`我们换个软件聊吧，这里不太方便`, 'file_offsite'),
  (s) => zh(`您用${s.msg(true)}吗？方便的话留个号码`, 'ask_contact'),
  (s) => zh(`亲，图片太大这里发不了，加下V：${s.handle()}`, 'messenger'),
  (s) => zh(`报价单我发您邮箱吧，您邮箱多少？`, 'ask_contact'),
  (s) => zh(`工厂视频在${s.msg(true)}上发给您，号码${s.phone()}`, 'file_offsite'),
  (s) => zh(`私聊吧，价格这里不好说`, 'file_offsite'),
  (s) => zh(`顺祝商祺\n${s.seller()}\n电话：${s.phone()}`, 'signature'),
  (s) => zh(`联系我：${s.email()}`, 'email'),
  (s) => mx(`Dear ${s.name()}，more pictures 在我的${s.msg(true)}：${s.handle()}`, 'file_offsite'),
  (s) => mx(`方便给个 ${s.msg()} number 吗? I will send you the video`, 'ask_contact'),
  (s) => mx(`Call me 打我电话 ${s.phone()}`, 'phone'),
  (s) => mx(`OK 没问题，details 请发到 ${s.email()}`, 'email'),
  (s) => en(`Let's move to ${s.msg()} for a faster response, my ID is ${s.handle()}.`, 'messenger'),
  (s) => en(`${s.r.pick(['Honestly', 'Between us', 'To be frank'])}, ${s.r.pick(['it would be easier on the app with the green icon', 'I would rather continue on the app with the phone logo', 'we should switch to the usual messaging app'])}.`, 'file_offsite'),
  (s) => en(`${s.r.pick(['Search my shop name on the W app', 'Look me up on the green messenger', 'My handle on the popular chat app is my shop name'])} and ${s.r.pick(['say hi', 'drop me a line', 'I will reply at once'])}.`, 'messenger'),
  (s) => en(`${s.r.pick(['Commission here is high', 'The platform charges us too much'])}; ${s.r.pick(['pay me directly and save 5%', 'deal with me directly for a lower price', 'we can arrange it privately'])}.`, 'file_offsite'),
  (s) => zh(`${s.r.pick(['搜我店名加绿色软件', '小绿书同名', '我在那个绿色app上同名'])}，${s.r.pick(['来找我', '加了说一声', '马上回'])}。`, 'messenger'),
];

export const OK_B: T[] = [
  (s) => en(`Dear ${s.name()}, unit price for ${s.product()} is $${s.n(1, 40)}.${s.n(10, 99)}, minimum order ${s.n(2, 20) * 50} sets.`),
  (s) => en(`Shipping to ${s.r.pick(F.COUNTRIES)} takes about ${s.n(15, 45)} days by sea, ${s.n(5, 10)} days by air express.`),
  (s) => en(`Item no. ${s.r.pick(['A', 'B', 'K'])}${s.n(10000, 999999)} and item no. ${s.r.pick(['A', 'B', 'K'])}${s.n(10000, 999999)} have the same material.`),
  (s) => en(`The parcel went out today, AWB ${s.r.digits(3)}-${s.r.digits(8)}, and the PO ${s.r.digits(7)} is now closed.`),
  (s) => en(`For the customs declaration we need the importer phone and tax ID, please send them here.`),
  (s) => en(`Kindly share an email for the commercial invoice and packing list of this order.`),
  (s) => en(`Yes, the smartwatch pairs with WhatsApp, WeChat and Line for message alerts.`),
  (s) => en(`You can pay safely through Trade Assurance; we will keep all messages on Alibaba.com.`),
  (s) => en(`For your protection we keep every conversation on this platform, so no WeChat or WhatsApp, thank you.`),
  (s) => en(`Dimensions ${s.n(20, 120)} x ${s.n(20, 80)} x ${s.n(10, 60)} cm, gross weight ${s.n(2, 40)} kg.`),
  (s) => en(`Invoice ${s.r.digits(10)} total USD ${s.n(1000, 90000)}, bank account no. ${s.r.digits(12)}.`),
  (s) => en(`We attended the Canton Fair on ${s.n(15, 19)} April and showed ${s.n(20, 90)} new models.`),
  (s) => en(`Got it, ${s.name()}. I will prepare the quotation and post it in this Alibaba chat tomorrow.`),
  (s) => en(`This phone case has a card slot and fits the ${s.r.pick(['iPhone 15', 'Galaxy S24', 'Pixel 8'])}.`),
  (s) => en(`Our call center headsets reduce noise on Skype and Teams calls.`),
  (s) => en(`The ${s.product()} passed CE and RoHS tests; certificate no. ${s.r.digits(9)}.`),
  (s) => en(`Can you confirm the delivery address and a contact phone for the courier?`),
  (s) => en(`Thanks for sending your number earlier; we will still reply here on Alibaba.com so you keep Trade Assurance protection.`),
  (s) => zh(`${s.productZh()}的报价：${s.n(5, 90)}.${s.n(1, 9)}美元/件，${s.n(2, 10) * 100}件起订。`),
  (s) => zh(`清关需要收货人电话和税号，请在这里发给我们。`),
  (s) => zh(`这款手环可以同步微信、WhatsApp消息。`),
  (s) => zh(`快递单号${s.r.digits(13)}，预计${s.n(3, 9)}天到达。`),
  (s) => zh(`为保障您的权益，我们只在阿里巴巴国际站沟通，请通过信用保障下单。`),
  (s) => zh(`形式发票需要发到您的邮箱，请告诉我邮箱地址，谢谢。`),
  (s) => zh(`尺寸${s.n(20, 120)}x${s.n(20, 80)}cm，重量${s.n(1, 30)}公斤，海关编码${s.n(8400, 9600)}${s.r.digits(6)}。`),
  (s) => zh(`我们有${s.n(3, 20)}条生产线，月产能${s.n(10, 90)}万件。`),
  (s) => mx(`Dear ${s.name()}，样品 ready 了，运单号 ${s.r.digits(12)}。`),
  (s) => mx(`Hi, 我们支持 OEM，logo 可以定制，MOQ ${s.n(2, 10) * 100} pcs。`),
  (s) => en(`No problem, we will send the photos and the video right here in the chat.`),
  (s) => en(`Model number ${s.cn()} is our best seller this year.`),
  (s) => en(`${s.r.pick(['Our smart plug app', 'The camera app', 'The speaker app'])} has a ${s.r.pick(['green', 'blue'])} icon; download it from the app store after delivery.`),
  (s) => en(`${s.r.pick(['Sorry for the slow reply, the chat app here lagged', 'Messages were delayed today'])}; ${s.r.pick(['I answer all your questions below', 'the answers are below'])}.`),
  (s) => zh(`${s.r.pick(['今天平台消息有延迟', '刚才网络不好'])}，${s.r.pick(['不好意思回复晚了', '您的问题我在下面回复'])}。`),
  (s) => en(s.r.pick(['Good afternoon, my friend.', 'Many thanks for the fast reply!', 'Understood, I will check with the boss.', 'Is there anything else you need?', 'Happy new year to you and your family!', 'Morning! Hope business is going well.'])),
  (s) => en(`Dear ${s.name()}, ${s.r.pick(['following up on our last chat', 'welcome back', 'glad to hear from you again'])}. ${s.r.pick(['Shall I update the offer?', 'The goods are packed and waiting for pickup.', 'Our team is working on your custom design.'])}`),
  (s) => zh(s.r.pick(['早上好，朋友！', '明白了，我跟老板确认一下。', '新年快乐！', '没问题，我们尽快安排。', '请问这款您需要多少数量？'])),
  (s) => en(`Feel free to ask any question about the ${s.product()} in this chat, ${s.r.pick(['we reply within an hour.', 'our team is online 24/7.', 'I am happy to help.'])}`),
];

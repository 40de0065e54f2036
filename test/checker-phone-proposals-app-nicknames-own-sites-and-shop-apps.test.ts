import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Leaks without a written contact: proposing a phone call, a short question naming an app by nickname, the buyer's
// colleague's number, mail providers named alone, other chat tools, the platform named only as what to skip, social
// accounts followed or snapped, and the seller's own site, web shop or shopping app.
const caught: Array<[string, string, string]> = [
  ['asking for the number, then ringing', 'ok sir ur number plz, i ring u tomorrow', 'ur number plz'],
  ['a colleague at the buyer\'s company', 'Could you share the mobile number of your sales director?', 'mobile number of your'],
  ['talking by phone, in Chinese', '您好，方便通过电话聊一下吗', '电话'],
  ['talking by phone, in English', 'Could we discuss the details over the phone this week?', 'phone'],
  ['a private mailbox asked for', '麻烦留个您的个人邮箱，后面资料发您', '个人邮箱'],
  ['the platform named only as what to skip', '方便留个您的邮箱吗？以后有新款我直接发您，省得您登录阿里', '邮箱'],
  ['a nickname question', 'r u on tg', 'tg'],
  ['moving somewhere unnamed, after an apology', 'Sorry, this chat is slow, let us move somewhere faster, you know where', 'move somewhere faster'],
  ['moving somewhere unnamed, in Chinese', '不好意思，这里回复慢，换个地方聊吧', '换个地方聊'],
  ['moving somewhere unnamed, in Spanish', 'Lo siento, aquí no puedo darte mejor precio, hablemos por otro lado', 'hablemos por otro lado'],
  ['moving to another app, in Indonesian', 'Maaf kak, chat di sini lambat, kita pindah ke aplikasi hijau ya', 'pindah ke aplikasi'],
  ['a negation in an earlier clause does not undo the invitation', '这边不方便，打我电话吧', '打我电话'],
  ['asking with 能不能 is still asking', '您能不能提供一下您的私人邮箱？', '私人邮箱'],
  ['the rep rarely reads the platform', '我平时很少上阿里，有急事就打我电话', '打我电话'],
  ['call or text the rep\'s own phone', '我这边网络不好，急事拨我手机或者短信联系我', '拨我手机'],
  ['a provider named alone', '资料太多了，我传到你的sina邮箱', 'sina'],
  ['other chat tools asked about', '你们有没有别的聊天软件？', '聊天软件'],
  ['an official account to follow', '欢迎关注我们的微信公众号『光明灯饰』，新款第一时间发布', '公众号'],
  ['snapped, with a handle', 'hey, snap us: lampking_88 for daily deals', 'snap us'],
  ['an informal Russian invitation', 'Слушай, пиши в телегу, там отвечу быстрее', 'телегу'],
  ['the own web shop as where the models are', '我们公司有自己的网店，新款都会先上架那边', '网店'],
  ['the own web shop, in English', 'Our web shop now has the whole summer collection.', 'web shop'],
  ['a domain with a middle dot', '更多款式在我们的官网 mylamp•shop 上', 'mylamp•shop'],
  ['the own shopping app', 'Pls download our shopping app, sign up and get a coupon', 'download our shopping app'],
];

const passes: Array<[string, string]> = [
  ['a device app to pair the product', 'Download our app to pair the camera'],
  ['no other chat tools', '我们没有其他聊天软件'],
  ['refusing to move elsewhere', '我们不能换个地方聊，就在这里'],
  ['the rep declines to give a private mailbox', '抱歉，我们不能提供私人邮箱，所有文件都在平台上传。'],
  ['a social app named as a product theme', 'Snapchat filters are popular with our buyers'],
  ['a name with a middle dot', 'Mr·Li 已确认'],
  ['sizes with underscores after a colon', 'Our sizes: m_01 to m_09'],
];

describe('asks, invitations and own sites without a written contact', () => {
  it.each(caught)('caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

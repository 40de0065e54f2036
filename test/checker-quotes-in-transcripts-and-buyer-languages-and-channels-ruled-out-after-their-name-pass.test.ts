import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// More ways of quoting the buyer and turning the request down; order steps that need a phone or an email; letter
// codes that are not an app. None of them gives or asks for a contact off the platform.
const passes: Array<[string, string]> = [
  ['a chat transcript with "You:" and "Me:" lines', 'Morning!\nYou: "could you mail me the price list? what is your email"\nMe: the price list is attached right here in this chat.'],
  ['Spanish second person without a pronoun', 'Hola Marta, me pediste "pásame tu WhatsApp". Lo siento, seguimos por aquí en Alibaba.com.'],
  ['Turkish: in your message ... you wrote', 'Mesajınızda "Telegram: @kaya_import" yazmışsınız. Teşekkürler, ancak konuşmaya Alibaba.com üzerinden devam edelim.'],
  ['an unattributed quote acknowledged and turned back to the platform', '"Ping me on Viber +380 67 555 0142" - got it, thanks. Still, the drawings should come through this Alibaba chat.'],
  ['收到 + 不过 back to 旺旺', '「加我 Line：+66 81 555 0100」收到，不过我们还是在旺旺里对接，样品照片已上传。'],
  ['the app ruled out after its name, in Chinese', '您之前提到 Zalo，Zalo 我们这边不用哈，图纸直接在阿里上发就行。'],
  ['the app ruled out after its name, in English', 'About Telegram: Telegram we do not use, so let us keep the sample talk in this chat.'],
  ['a phone call ruled out with 不通过', '您留的座机我们看到了，我们暂不通过电话沟通，规格书已经发在对话框里。'],
  ['a letter code explained as an abbreviation', '型号 VX-210（VX 是变频系列的简称，跟聊天软件没关系），功率 30W。'],
  ['an email for the warranty after purchase', 'After you receive the order, send us your email so we can register the 3-year warranty.'],
  ['a phone for the trucking company at the port', 'Can you share your phone? The trucking company picks up at the port and needs it.'],
];

// The same shapes that still leak.
const blocks: Array<[string, string, string]> = [
  ['a yes right after the quoted request for the app', '您问“你们有 Telegram 吗”，有的，我的是 @haili_valves，加我。', '@haili_valves'],
  ['the quoted number, and photos sent there', 'Re your message: "+234 803 555 0177 is my WA" - sent the 4 photos to your WA just now.', '+234 803 555 0177'],
  ['the app named after 能不能 is no negation', '收到您的留言：“能不能发个抖音号”，可以的，抖音搜“海狸阀门厂”就行。', '抖音'],
  ['an order reason then the talk moved to email, away from the platform', 'For the proforma invoice please send your email, then we keep discussing prices and new models by email, faster than Alibaba.', 'by email'],
  ['an order reason then the messenger asked in Spanish', 'Para la aduana necesitamos su teléfono. ¿Tiene WhatsApp? Así le mando los videos por allá.', 'WhatsApp'],
  ['an app asked for in Portuguese', 'Você tem WhatsApp? Te mando as fotos da produção.', 'WhatsApp'],
];

describe('quotes in transcripts and buyer languages, apps ruled out after their name, and order steps pass', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(blocks)('still caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});

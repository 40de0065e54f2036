import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Thanks for the buyer's number or app ("thanks for the Telegram handle", "obrigado pelo seu WhatsApp", "спасибо за ваш
// номер") and German or Italian "you wrote" attribute what follows to the buyer: declined, it passes. The rep's own
// possessive after a thanks ("gracias por su pedido, mi WhatsApp es …", "regarding your request, my number …") ends the
// buyer's part, so the rep's own number is still a leak. App-styled designs and "抖音同款" goods are product talk.
const passes: Array<[string, string]> = [
  ['thanks for the handle, kept here', 'Thanks for the Telegram handle @kz_buyer. We keep all talk in this chat so your order stays protected.'],
  ['Portuguese thanks for the WhatsApp', 'Obrigado pelo seu WhatsApp +55 31 98888 7777! Mas vamos manter a conversa aqui no Alibaba.'],
  ['Russian thanks for the number', 'Спасибо за ваш номер +7 903 555 12 34, но давайте продолжим здесь, в чате Alibaba.'],
  ['German you-wrote, declined', 'Sie schrieben: "rufen Sie mich unter 0151 23456789 an". Entschuldigung, wir bleiben hier im Alibaba-Chat.'],
  ['an app-styled UI kit, sent here', 'The UI kit has WhatsApp-like bubbles and a Telegram-styled menu, I have sent the Figma file here.'],
  ['a phone holder like the one on Douyin', '这款抖音同款手机支架卖得很好，可以加 logo，实拍图我发在这里了。'],
];
const leaks: Array<[string, string]> = [
  ['the rep\'s own WhatsApp after a Spanish thanks', 'Gracias por su pedido, mi WhatsApp es +86 137 2222 3333'],
  ['the rep\'s own number after a reported request', 'Regarding your request, my WhatsApp is +86 137 2222 3333'],
  ['the buyer added there after the thanks', 'Thanks for the WhatsApp, I added you there just now.'],
];

describe('thanks for the buyer\'s contact in their language is quoted, the rep\'s own after it is not', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

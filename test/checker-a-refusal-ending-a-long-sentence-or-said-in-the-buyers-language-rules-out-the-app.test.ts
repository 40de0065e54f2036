import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The refusal or the talk kept here may end a long sentence, past the few words a name rule looks at around the name
// ("… but we only answer questions and take orders right here"): the name rules' unless words read the whole sentence,
// as the phrase rules' do. And a negation before the app's name in the buyers' languages is one list for every app rule
// ("kami tidak pakai", "мы не общаемся", "không dùng"). The same sentence that sends the buyer to the app still warns.
describe('a refusal ending a long sentence, or said in the buyer\'s language', () => {
  it.each([
    'You might have seen our Instagram through the Alibaba share posts, but we only answer questions and take orders right here.',
    'Maaf kak, kami tidak pakai WhatsApp untuk jualan, chat di sini saja ya.',
    'Мы не общаемся в Viber, все вопросы решаем здесь.',
    'Я не пользуюсь Telegram для работы, пишите в этом чате.',
    'Dạ em không dùng WhatsApp ạ, anh cứ nhắn ở đây nhé.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'You may find our Facebook page with all the new designs, message us there and we will send you the wholesale prices fast.',
    'Kak, WA saya 0812 3344 5566 ya, biar cepat.',
    'Напишите мне в Viber, так быстрее.',
    'Anh nhắn Zalo em nhé 0903 445 667.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

// Order, batch and tariff numbers labelled in Dutch and German ("Bestelnummer", "Zolltarifnummer", "Chargennummer") are
// the document's numbers (number-labels.yaml); a phone said to be one is still a phone.
describe('order and tariff numbers labelled in Dutch and German', () => {
  it.each([
    'Bestelnummer 7720 1184 3305 is vandaag verzonden.',
    'Zolltarifnummer 9403 6010, Ursprungsland China.',
    'Chargennummer 3305 7720 11, 60 Kartons.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'Mijn telefoonnummer is 06 1234 5678, bel me.',
    'Meine Handynummer ist 0176 4410 2207, rufen Sie mich an.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

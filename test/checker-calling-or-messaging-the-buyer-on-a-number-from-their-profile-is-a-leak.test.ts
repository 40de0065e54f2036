import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep calling or messaging the buyer off the platform leaves it, whichever number it uses: the platform named
// only as where the number was found ("the number in your Alibaba profile") keeps nothing on the platform. An app's
// name used as the verb ("I'll WhatsApp you the list") is an invitation. A courier's call and a declined call pass.
const passes: Array<[string, string]> = [
  ['en, declined', "Sorry, I won't call you on the number in your profile, let's keep it here."],
  ['es, a courier', 'El transportista le llamará antes de la entrega.'],
  ['es, declined', 'No te llamo, seguimos aquí en el chat de Alibaba.'],
  ['zh, declined', '您资料里的手机我们不方便打，有问题在这里留言就行'],
  ['en, an app feature', 'The smartwatch buzzes when someone WhatsApps you.'],
];
const leaks: Array<[string, string]> = [
  ['en, the profile number', "I'll ring you on the mobile listed on your Alibaba profile this afternoon."],
  ['zh, the profile number', '我晚上打您阿里资料里的手机，跟您确认下颜色'],
  ['es, the profile number', 'Te llamo al número de tu perfil de Alibaba esta tarde'],
  ['pt, a call', 'Vou te ligar amanhã para falar do frete'],
  ['fr, a call', 'Je vous appelle demain matin pour le devis'],
  ['de, a call', 'Ich rufe Sie morgen früh an, dann klären wir den Preis'],
  ['en, the app as a verb', 'Got your number, I will Viber you the photos tonight.'],
];

describe('calling or messaging the buyer on a number from their profile is a leak', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

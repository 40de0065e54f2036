import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// An off-platform app named only by the talk the rep and the buyer already had there ("the app we used last time",
// "la app de siempre") points at one channel as surely as its name, when the rep invites the buyer to it. The
// platform's own app, a tool for the goods, or the rep declining it, is no invitation.
const passes: Array<[string, string]> = [
  ['en, the platform app named', 'Please place the order on the Alibaba app we used last time.'],
  ['en, a design tool', 'The software we used to draw the logo exports AI and PDF files.'],
  ['en, declined', "Sorry, we can't use the app we used before any more, let's stay here."],
  ['zh, declined', '之前那个软件我们公司不让用了，就在这里聊吧'],
];
const leaks: Array<[string, string]> = [
  ['en, added on the old app', "I'll add you on the messenger we chatted on in 2021, easier for videos"],
  ['en, moved to the usual app', 'Let us switch to the app we always use, I will send the drawings there'],
  ['zh, the earlier app', '我们还是回之前聊的那个软件吧，我发您视频'],
  ['es, the usual app', 'Te agrego en la aplicación que usábamos antes y te mando el catálogo'],
  ['pt, the usual app', 'Continuamos no aplicativo de sempre? te mando as fotos lá'],
  ['fr, the app used before', "Je vous ajoute sur l'appli qu'on a utilisée pour la dernière commande"],
];

describe('an app named only by the talk already had there is a channel', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// A list of apps or contact kinds, each or all negated, with the talk kept here either side ("no Line no Viber no
// Telegram, only here", "不加微信也不留电话，就在平台上聊"): the apps are what the rep turns down (refusals.yaml
// APPS_REFUSED_HERE, read by checker.yaml classifierUnless and the rules' REFUSED words), unless the same draft gives a
// contact or asks for one. The buyers' languages refuse one app as well: French "ne … pas" round one verb, Spanish
// "no podemos", Turkish "-emeyiz" after the name, the platform's rule named ("règle d'Alibaba", "regla de la
// plataforma"). And a bare 不 before an ask verb ("一律不给私人电话") negates it (BARE_NOT). Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a refused list of apps with the talk kept here is no leak', () => {
  it('passes', () => {
    for (const t of [
      'no Line, no Viber, no Telegram — only here, and I answer within the hour 🙂',
      'Our new policy: no WhatsApp/Skype/WeChat in any message, so I took my number off the signature. Happy to continue here!',
      '不加微信也不留电话，我们就在平台上聊，回复很快的',
      'Lo siento, no podemos pasar a Telegram, regla de la plataforma. Seguimos aquí, respondo rápido.',
      "Désolée, on ne peut pas continuer sur Viber, règle d'Alibaba. On reste ici !",
      'Pardon, Telegram’a geçemeyiz, Alibaba kuralı. Burada devam edelim.',
      '公司规定一律不给私人电话和邮箱，请见谅',
    ])
      expect(verdict(t), t).toBe('pass');
  });

  it('a contact given or asked for in the same draft still leaks', () => {
    for (const t of [
      'no Line, no Viber, only here — but what is your email so I can send the manual?',
      'no WhatsApp no WeChat, just here. or add me on Telegram: mark_tools88',
      '不加微信不留电话，就在这里聊。您的邮箱是多少？',
    ])
      expect(verdict(t), t).not.toBe('pass');
  });
});

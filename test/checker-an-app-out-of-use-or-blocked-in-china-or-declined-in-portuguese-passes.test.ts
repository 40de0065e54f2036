import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An app the rep no longer uses ("our Skype is not used anymore"), one blocked where the rep is ("WhatsApp is blocked
// here in China", with the chat here said to be easier), and an app declined in the first person in Portuguese or
// Spanish with the talk kept here ("não uso zap para trabalho, podemos continuar aqui") name no channel. The same app
// put in the old one's place, or the zap asked for, is still a leak.
describe('an app out of use, blocked in China, or declined in Portuguese', () => {
  it.each([
    'Sorry, our Skype is not used anymore 😅 everything is via Alibaba now. Sending the price below.',
    'Our WeChat is no longer used, please keep messaging me here.',
    'WhatsApp is blocked here in China anyway lol, chatting here is easier for both of us',
    'Desculpe, não uso zap para trabalho 😅 podemos continuar aqui no chat do Alibaba',
    'Perdón, no uso zap para el trabajo, sigamos aquí en Alibaba',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'our Skype is not used anymore, add me on WeChat instead',
    'WhatsApp is blocked in China, so add my WeChat: lily_0612',
    'WhatsApp is blocked here in China, WeChat is easier for both of us',
    'me chama no zap, é mais rápido',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

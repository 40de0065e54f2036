import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Asking where else the buyer can be reached, in any wording or language; a messenger call proposed for a purpose; the
// rep's messenger said to be in a place of theirs, in English or half in Chinese; a region's buyers sent to a local
// number with the region named in English inside a Chinese sentence. Reaching the buyer here, and a call feature of the
// goods, pass.
describe('another place to reach the buyer, a messenger call for a purpose, a contact in a profile', () => {
  it.each([
    '还有没有其他方式能及时找到您？这边消息太多了',
    'How else can we reach you? the chat here keeps freezing',
    '¿Cómo puedo hablar con usted fuera de aquí?',
    'WhatsApp 视频，我们给您演示一下机器',
    'a quick WeChat video call so we can walk you through the line?',
    'our WhatsApp 在 company profile 最下面',
    'see our company intro for my whatsapp, thanks',
    'Mexico customers 可以直接联系 55 1234 5678 我们的代理',
  ])('a rule warns on %s', (t) => {
    const r = checker.checkLocal(t);
    expect(r.leak).toBe(true);
    expect(r.stage).toBe('rules');
  });

  it.each([
    'No puedo hablar con usted fuera de aquí, lo siento, seguimos por este chat',
    'Where can I find your order number? It should be in the Trade Assurance page',
    '这款耳机支持微信视频通话，音质很清楚',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});

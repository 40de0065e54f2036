import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import { loadRoutingRules } from '../src/routing/cues.js';
import { languageAsked } from '../src/core/intent.js';

/**
 * Small talk said loosely (rules/routing smallTalk): a request taken back, alone or with the rep's own fix, is a bare
 * acknowledgement (never a case closed, never a draft); a hello with a day's pleasantry after it is a greeting; a question
 * whether Haili is a bot opened by a laugh or a "by the way" is about Haili. A SKU told with its price is one of the rep's
 * listing's figures (rules/routing ownListing), so a question about it gets the listing check beside the answer. The
 * language asked for is named in either script in every way of asking (languageSwitch: names written once a language).
 */
const send = localRouterPerFile({ listing: true });

describe('a request taken back is acknowledged and nothing else', () => {
  it.each(['never mind, I figured it out', 'nvm we sorted it ourselves', '算了，我自己弄吧', '没事了 已经解决了', 'scratch that lol'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/^OK!|^好的！/);
  });

  it('taken back with a contact in it is a draft', async () => {
    const replies = await send('never mind, just add me on whatsapp +44 7700 900123');
    expect(replies[0]!.kind).toBe('check');
  });
});

describe('a hello with a pleasantry after it is a greeting', () => {
  it.each(['hey there, happy friday!', 'morning 🌤️ tea first haha', 'hello, long day lol'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
  });
});

describe('whether Haili is a bot, opened by a laugh or a by-the-way, is about Haili', () => {
  it.each(['呵呵 你是不是机器人', '话说你是人工还是机器人', '对了，你是真人吗'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/我是海狸|I'm Haili/);
  });
});

describe('a SKU told with its price is the rep\'s own listing', () => {
  it.each(['我们店里有个赠品SKU 0.01美金，买家说是虚假价格，真的算吗', 'we list a $0.05 SKU for the sample bag, is that a problem?'])('%s', async (text) => {
    const kinds = (await send(text)).map((r) => r.kind);
    expect(kinds).toContain('answer');
    expect(kinds).toContain('listing');
  });
});

describe('the language asked for is named in either script', () => {
  const rules = loadRoutingRules();
  it.each([
    ['reply in 英文 pls', 'en'],
    ['用english回答', 'en'],
    ['mandarin please', 'zh'],
    ['请用普通话说', 'zh'],
    ['in English', 'en'],
    ['中文回答', 'zh'],
  ] as const)('%s', (text, lang) => {
    expect(languageAsked(rules, text)).toBe(lang);
  });
  it('a translation of the draft is no language switch', () => {
    expect(languageAsked(rules, 'translate it into English')).toBeNull();
  });
});

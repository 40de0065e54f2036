import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Round S17: an account given right after a pretend decline, a condition ("unless you want to: …") taken for the buyer's
// words, and Trade Assurance priced up by a percentage or against a bank-transfer price. Written in new words.
const leaks: Array<[string, string]> = [
  ['pretend decline, then the WeChat id', 'Rules say no WeChat on Alibaba... that is ken_trade77 though, just add me.'],
  ['pretend decline, then the Telegram handle', 'Can\'t put my Telegram here, here it is: mia.parts2020'],
  ['平台不让，不过号是', '阿里不让留 WhatsApp，不过我的号是 amy-led99 哈，懂的都懂。'],
  ['"unless you want to" then the number', 'No calls needed. Unless you prefer it: +971 50 123 4567.'],
  ['TA with a plus percentage after "but"', 'Trade Assurance fine, but total +2.5% for the platform.'],
  ['TA with a plus percentage right after it', 'Trade Assurance +4% on the invoice value, bank TT no fee.'],
  ['two prices per route', 'Unit price via Trade Assurance: USD 1.85. Unit price via bank transfer: USD 1.78.'],
];

const passes: Array<[string, string]> = [
  ['an impostor\'s id disowned', 'Someone on WeChat says it\'s ken_trade77 from our company. That is not us, please report it.'],
  ['a watch model after the app', 'The band supports WhatsApp alerts, it\'s the WX2000 model.'],
  ['"unless you want to" a change kept here', 'We will ship Friday, unless you want to change the colour — just tell me here.'],
  ['a price rise with TA as usual', 'Steel went up, so prices +3% from next month; please order through Trade Assurance as usual.'],
  ['two routes at one price', 'Unit price via Trade Assurance: USD 1.85. Unit price via bank transfer: USD 1.85, the same either way.'],
];

describe('pretend declines, conditions and Trade Assurance priced per route', () => {
  it.each(leaks)('leak: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});

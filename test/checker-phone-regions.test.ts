import examples from 'libphonenumber-js/mobile/examples';
import { getCountries, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/mobile';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, createDraftChecker } from '../src/checker/index.js';
import { loadRules } from '../src/checker/rules.js';

const checker = createDraftChecker({ llm: null });
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
// Names that are also everyday words ("jersey", "guinea") are deliberately not region cues.
const ignored = new Set(loadRules(DEFAULT_RULES_DIR).regions.ignoreNames);

// libphonenumber's own example mobile number of every region, in the three ways reps write it.
const samples = getCountries().map((region) => {
  const p = parsePhoneNumber((examples as Record<string, string>)[region]!, region as CountryCode);
  return { region, mobile: p.getType() === 'MOBILE', e164: p.number as string, intl: p.formatInternational(), national: p.formatNational(), digits: p.formatNational().replace(/\D/g, '') };
});

function misses(make: (s: (typeof samples)[number]) => string, want: (v: string) => boolean) {
  return samples.filter((s) => !want(checker.checkLocal(make(s)).verdict)).map((s) => `${s.region}: ${make(s)}`);
}

describe('phone numbers of every region libphonenumber knows', () => {
  it('covers all regions', () => expect(samples.length).toBeGreaterThanOrEqual(240));

  it('E.164 and international formats block, with or without a call verb', () => {
    for (const form of ['e164', 'intl'] as const) {
      expect(misses((s) => `Our agent in town: ${s[form]}`, (v) => v === 'block')).toEqual([]);
      expect(misses((s) => `Please call me on ${s[form]} for the price`, (v) => v === 'block')).toEqual([]);
      expect(misses((s) => `The number is ${s[form]}`, (v) => v === 'block')).toEqual([]);
    }
  });

  it('national format blocks after a call verb in every region (a few 4-digit examples only warn on "call me")', () => {
    expect(misses((s) => `Please call me on ${s.national} for the price`, (v) => v !== 'pass')).toEqual([]);
    expect(misses((s) => (s.mobile ? `Please call me on ${s.national} for the price` : 'call me on 13912345678'), (v) => v === 'block')).toEqual([]);
  });

  it('national format blocks when a person is named, or the text names the country, without any call verb', () => {
    const long = samples.filter((s) => s.digits.length >= 7);
    const run = (make: (s: (typeof samples)[number]) => string) => long.filter((s) => checker.checkLocal(make(s)).verdict !== 'block').map((s) => `${s.region}: ${make(s)}`);
    expect(run((s) => `Our agent in town: ${s.national}`)).toEqual([]);
    const named = long.filter((s) => !ignored.has(regionName.of(s.region)!.toLowerCase()));
    const missed = named.filter((s) => checker.checkLocal(`The container goes to ${regionName.of(s.region)} next week. ${s.national}`).verdict !== 'block');
    expect(missed.map((s) => s.region).length).toBeLessThanOrEqual(Math.ceil(named.length * 0.03));
  });

  it('the same digits as model, order, batch and HS numbers pass', () => {
    for (const label of ['Model no. ', 'Order ', 'Batch ', 'HS code ', '型号 ', '订单号：']) {
      expect(misses((s) => `${label}${s.digits} is confirmed.`, (v) => v === 'pass')).toEqual([]);
    }
  });
});

describe('a label never launders a number the same text says to call or message', () => {
  it.each([
    '订单号：18612345678，有问题直接打这个号码',
    '订单号：1861234xxxx，有问题直接打这个号码',
    'Model no. 8613912345678, also my WA',
    'Batch 07400123456 - this number is on WhatsApp too',
    'Order ref 0812345678, call me there anytime',
  ])('%s', (text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict).toBe('block');
    expect(r.findings.some((f) => f.category === 'phone')).toBe(true);
  });

  it.each([
    'Order 18612345678901 shipped; the courier will call you before delivery.',
    'Model no. 8613912345678 is the new version with a longer cable.',
    '订单号：18612345678，已发货，请在平台查看物流。',
  ])('a genuine label still passes: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});

describe('regions inferred from the text', () => {
  it.each([
    ['UK mobile after a city', 'Our partner is in Manchester, 07911 123456 anytime.'],
    ['Saudi mobile, currency named', 'Price is 120 SAR delivered. Ahmed 0501234567'],
    ['Indonesian mobile with a cel verb', 'cel 0812-345-678 for Jakarta orders'],
    ['Mexican legacy +52 1 format', 'Mi socio: +52 1 222 123 4567'],
    ['WA him', 'WA him on 0803 123 4567, he is our Lagos agent'],
  ])('%s', (_what, text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
});

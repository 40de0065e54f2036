import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { digitRuns, foldText } from '../src/checker/normalize.js';

const checker = createDraftChecker({ llm: null });
const runs = (text: string) => digitRuns(foldText(text)).map((r) => r.digits);

// Number words of rules/spelled-numbers.yaml: a phone read aloud in the buyer's language, with hundreds, tens, the
// word for "+" and the script's own comma.
describe('checker: numbers spelled out in other languages are read as digits', () => {
  const cases: Array<[string, string, string]> = [
    ['Russian hundreds and tens', 'звоните: восемь девятьсот двенадцать, триста сорок, пятьдесят шесть, семьдесят восемь', '89123405678'],
    ['Russian plus', 'плюс семь, девять два шесть, один ноль ноль, два два, три три', '79261002233'],
    ['Arabic units and comma', 'صفر صفر تسعة سبعة، واحد اثنان ثلاثة، أربعة خمسة ستة', '0097123456'],
    ['Persian units', 'صفر نه یک دو سه چهار پنج شش هفت هشت', '0912345678'],
    ['Vietnamese digits', 'không chín một hai, ba bốn năm, sáu bảy tám', '0912345678'],
    ['Turkish hundred after a unit', 'artı doksan, beş yüz elli, dört yüz yirmi bir, otuz, kırk', '905504213040'],
    ['Spanish ciento, y', 'más cincuenta y dos, ciento quince, seiscientos cuatro, veintidós, quince', '52115604 2215'.replace(' ', '')],
    ['Portuguese meia and cem', 'mais cinquenta e cinco, onze, nove meia meia, cem, vinte', '55119661002 0'.replace(' ', '')],
  ];
  for (const [name, text, digits] of cases) it(name, () => expect(runs(text)).toContain(digits));

  it('ordinary words that are also digits stay words', () => {
    // Vietnamese "năm" (year) and "sau" (after) beside typed numbers; "más" before a typed quantity.
    expect(runs('Việt Nam năm 2022, sau hai ba năm thì 2025')).toEqual(['2022', '2025']);
    expect(runs('más 2000 piezas y más fotos')).toEqual(['2000']);
    expect(digitRuns(foldText('más 2000 piezas'))[0]!.plus).toBe(false);
    // Turkish "on" and Portuguese "um" start no number: "on iki" is twelve only inside one already read aloud.
    expect(runs('um dois três quatro cinco')).toEqual(['2345']);
  });
});

describe('checker: a phone spelled out in another language is a leak', () => {
  const leaks = [
    'Мой телеграм: плюс восемь шесть, сто тридцать девять, ноль ноль, двадцать два, сорок четыре',
    'واتساب: صفر صفر ثمانية ستة، واحد ثلاثة تسعة، خمسة خمسة، ستة ستة، سبعة سبعة',
    'Zalo của em: không chín tám bảy, sáu năm bốn, ba hai một',
    'WhatsApp numaram: artı doksan, beş yüz otuz iki, dokuz yüz seksen yedi, altmış beş, kırk üç',
    'Llámame: más cincuenta y dos, uno, cincuenta y cinco, cuatrocientos treinta y dos, diecinueve, ochenta',
  ];
  for (const text of leaks) it(text.slice(0, 40), () => expect(checker.checkLocal(text).leak).toBe(true));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Numbers that are not phones, labelled in the rules' languages or recognisable by their shape: registrations,
// certificates, postcodes, series, standards, measured specs, batches, containers, bills of lading and HS codes.
const passes: Array<[string, string]> = [
  ['a trademark registration number in Chinese', '这个图案是我们的注册商标，注册号 52093318，可以提供授权书。'],
  ['a certificate number in Chinese', '产品已通过3C认证，证书编号 20220110778，扫描件已上传。'],
  ['a postcode in Chinese', '工厂地址在东莞长安镇，邮编 523850。'],
  ['a ZIP code in English', 'The warehouse is in Ontario, California, ZIP code 91761, we deliver DDP.'],
  ['a battery cell with a contact-like word', 'Cell: 26650 5000mAh LiFePO4, 3.2V, 2000 cycles.'],
  ['电芯 with its capacity', '电芯 21700 4800mAh，循环寿命1000次。'],
  ['a series number', 'Series 6300 fits 12V systems, series 6800 fits 24V.'],
  ['an ISO 6346 container number without a label', 'Loaded today: TCNU 581 2290 4, sailing Friday.'],
  ['Russian container and bill of lading labels', 'Номер контейнера MSKU 728391 0, коносамент MAEU 2384 7102 93.'],
  ['a Russian customs code', 'Добрый день! Код ТН ВЭД 9405 42 390 9, декларация ЕАС готова.'],
  ['Turkish customs tariff code', 'GTIP 9405 42 00 00 19, CE belgesi hazır.'],
  ['a Brazilian NCM code', 'NCM 8516 7990, com certificado INMETRO.'],
];

const leaks: Array<[string, string]> = [
  ['a mobile after a label, told to call it', '注册号 13912345678，有问题直接打这个号码。'],
  ['a phone with a contact word and no unit', 'Cell: +971 50 123 4567, call anytime.'],
  ['four letters before a number that fails the container check digit, after a call verb', 'Call WLSU 581 2290 5 now'],
];

describe('numbers labelled or shaped as registrations, codes, containers or specs are not phones', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const rules = (text: string) => checker.checkLocal(text).findings.map((f) => f.rule);

// A price "per piece @ quantity" is not an address, and a spare-part, IMEI or VIN number is not a phone.
describe('prices written with "@" and device or part numbers are not contacts', () => {
  it.each([
    ['unit price at a quantity, then a sentence', 'Vacuum bag 20x30cm, USD 0.021/pc @ 50k. Food grade, BPA free.'],
    ['unit price at a quantity, then a capitalised word', 'Keychain 10cm, USD 0.95/pc @ 500. License doc is on the product page.'],
  ])('no email finding: %s', (_w, text) => {
    expect(rules(text).filter((r) => r.startsWith('email'))).toEqual([]);
  });
  it.each([
    ['OE part numbers', 'For the Sprinter 906 we have shock absorbers front (OE 9063201030) and rear (OE 9063260300).'],
    ['OEM number', 'Brake pad OEM 0449402200 fits the Hilux.'],
    ['IMEI numbers of used phones', 'iPhone 12 128GB - IMEI 356728113402951, battery 88%\niPhone 13 - IMEI 357221096630478'],
  ])('no phone finding: %s', (_w, text) => {
    expect(rules(text).filter((r) => r.startsWith('phone'))).toEqual([]);
  });
  it('a rejected "me at lucy.chen" still lets the real address after it be found', () => {
    const r = checker.checkLocal('To be safe, cc me at lucy.chen.packaging@gmail.com for anything important.');
    expect(r.verdict).toBe('block');
    expect(r.findings.map((f) => f.excerpt)).toContain('lucy.chen.packaging@gmail.com');
  });
  it('an address spelled with spaces and a real TLD still blocks', () => {
    expect(checker.checkLocal('write to lily @ gmail . com').verdict).toBe('block');
  });
});

describe('labels do not launder a number the text calls "my mobile", and service lines are the seller\'s', () => {
  it.each([
    ['quote ref that is also "my Italian mobile"', 'Quote ref. 347 812 6690 - it\'s also my Italian mobile, so call with this ref.'],
    ['after-sales line "for Bangladesh customers"', 'After-sales service line for Bangladesh customers: 01715-338291 (Bangla/English)'],
    ['"atención al cliente" line in a quote list', 'Aluminium chairs DDP Madrid:\n- Atención al cliente España: 612 48 73 09\n- MOQ: 500 pcs'],
  ])('blocks: %s', (_w, text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
  it('the buyer\'s own number stays the buyer\'s beside a service word', () => {
    expect(checker.checkLocal('Our courier service needs your phone: 0803 557 1120, thanks.').verdict).toBe('pass');
  });
});

describe('order paperwork numbers and carriers\' tracking sites are order steps', () => {
  it.each([
    ['a proforma invoice number', 'Please find the PI no. 20240612001 attached in this chat.'],
    ['a carrier tracking site', 'Sample goes by FedEx, AWB 7789 1234 5678, please track on fedex.com.'],
  ])('passes: %s', (_w, text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});

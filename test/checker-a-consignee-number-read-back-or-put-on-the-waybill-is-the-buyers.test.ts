import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A number in the buyer's delivery details that the rep received, reads back, puts on the waybill, or that the
// courier could not reach is the consignee's (FAQ 二), in any language the draft mixes; the rep's own number in the
// same shipping talk ("call me", 我的, our) is still a contact.
const passes: Array<[string, string]> = [
  ['address received, then its phone, in Chinese', '收到您的地址了：Jl. Sudirman 12, Jakarta，电话 +62 812 3456 7890，明天发货。'],
  ['receiver details read back before booking', '收货信息再确认下：Ahmed Al-Sayed / 050 123 4567 / Dubai Marina，没问题我就订 Aramex 了'],
  ['the courier could not reach the number', 'The DHL courier could not reach +49 1512 3456789 this morning. Is there a landline for the warehouse?'],
  ['司机联系不上', '司机联系不上 0812-3456-7890，派送失败了，麻烦确认下号码'],
  ['put on the air waybill, asked back', '+44 7911 123456 — I put this on the air waybill for the consignee, is that right?'],
  ['the phone in the delivery address, tag question', 'The phone on your delivery address is +33 6 12 34 56 78, correct? Chronopost needs a mobile.'],
  ['地址栏的电话, tag question', '地址栏的电话 +55 11 91234-5678 对吗？巴西清关要用。'],
  ['a corrected number written on the waybill', '您给的 +20 0100 234 5678 多了一个 0，正确应该是 +20 100 234 5678，面单上我就按这个填了。'],
  ['the destinataire, French', 'Pour la lettre de transport, pouvez-vous confirmer le numéro du destinataire 06 12 34 56 78 ?'],
  ['the Empfänger, German', 'Für den Frachtbrief: ist die Nummer des Empfängers 0151 23456789 korrekt?'],
  ['the destinatário, Portuguese', 'número do destinatário para a DHL: (11) 91234-5678, confere?'],
];

const blocks: Array<[string, string, string]> = [
  ['address received, then the rep invites a call', 'Address received. If the courier has any problem, call me at +86 138 1234 5678.', '+86 138 1234 5678'],
  ['地址收到, then the rep\'s own phone', '地址收到了，有问题打我手机 13812345678', '13812345678'],
  ['the rep\'s own number for the waybill', '面单上写我的电话 +86 139 1234 5678 就行，快递有事找我', '+86 139 1234 5678'],
  ['the rep\'s own number beside the destinatario', 'Mi número es 06 12 34 56 78, llámame para el destinatario', '06 12 34 56 78'],
  ['our warehouse line after the address', 'Got your address. Our warehouse: +86 755 1234 5678, call them for pickup.', '+86 755 1234 5678'],
];

describe('a consignee number read back, put on the waybill or unreachable by the courier is the buyer\'s', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(blocks)('still caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});

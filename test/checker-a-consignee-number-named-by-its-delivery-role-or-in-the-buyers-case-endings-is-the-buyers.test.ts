import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The consignee's number read back for the courier, named by its role in other words: labelled in brackets after it
// ("(consignee)", "（收件人）"), named as the delivery's phone ("收货电话", "收件手机", "the number for the driver"), inside an
// address put to the buyer to check, or the consignee named with a case ending ("des Empfängers", "alıcının",
// "do consignatário"). Masked or whole, it is the buyer's (FAQ 二). The rep's own number next to such words still leaks.
const passes: Array<[string, string]> = [
  ['address to verify, receiver in brackets', 'Please verify the delivery address before we book DHL: 12 King St, Leeds, mobile 07700 900456 (receiver).'],
  ['收件电话写在运单上', '收件电话 0912 345 678 我们写在运单上了，司机到了会打给您'],
  ['the number for the driver, read back', 'The number for the driver is +971 50 123 4567, is that right?'],
  ['masked, in brackets as 收件人', '请核对地址：吉隆坡 Jalan Ampang 88号，电话 +60 12-*** 4471（收件人），明天发货'],
  ['German consignee with case ending', 'Für den Lieferschein fehlt noch die Nummer des Empfängers: 0151 2345678, stimmt das?'],
  ['Turkish consignee with case ending', 'Kargo için alıcının numarası 0533 765 43 21, doğru mu?'],
  ['Portuguese consignee', 'O telefone do consignatário para a DHL é (21) 98765-4321, confere?'],
];
const leaks: Array<[string, string]> = [
  ['the rep\'s own phone for the courier', 'My phone for the courier is +971 50 123 4567, call me if any issue'],
  ['address checked, then the rep\'s number to call', 'Please check the address: Rua A 10, São Paulo. For quick answers call me +55 11 91234 5678'],
  ['收货电话不对就打我手机', '收货电话不对的话，直接打我手机 138 1234 5678'],
];

describe('a consignee number named by its delivery role or in the buyer\'s case endings is the buyer\'s', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

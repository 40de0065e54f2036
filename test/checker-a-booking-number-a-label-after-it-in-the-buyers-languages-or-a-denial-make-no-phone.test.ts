import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A shipping booking's number in Chinese (订舱号, 舱位号), a label after the number in the buyers' other languages
// ("… è il codice del lotto", "… é o código do pedido", "… ist die Chargennummer"), and a number said outright not to
// be a phone ("not a phone", "不是电话") name the number something else. Told to call it, it is a phone again.
describe("a booking number, a label after it in the buyers' languages, or a denial make no phone", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['Chinese booking number', '订舱号：021 6688 4590，船公司已放舱'],
      ['Chinese space number', '舱位号 0512 8866 3301 已经确认了'],
      ['Italian lot code after the number', 'Il numero 0612 345 678 sulla scatola è il codice del lotto'],
      ['Portuguese order code after the number', 'O número 11 98765 4321 na etiqueta é o código do pedido'],
      ['Spanish order number after it, and not a phone', 'El 612 345 678 de la etiqueta es el número de pedido, no es un teléfono'],
      ['German batch number after it', 'Die 0171 2345678 auf dem Karton ist die Chargennummer'],
      ['English denial', '0612 345 678 — that is not a phone, it is our lot code'],
      ['Chinese denial', '箱子上的 139 0539 8810 不是电话，是生产批号'],
    ],
    [
      ['a French order number, then told to call it', 'Le 06 14 22 87 35 sur la facture est le numéro de commande, appelez-moi au 06 14 22 87 35'],
      ['a Spanish number said to be the office line', 'Mi número 612 345 678 es el número de mi oficina'],
    ],
  );
});

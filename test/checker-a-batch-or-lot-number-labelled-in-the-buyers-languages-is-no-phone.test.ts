import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A production batch or lot number shaped like a mobile, labelled in the buyer's language (Russian партия, Italian lotto,
// Turkish parti no, Vietnamese số lô), is the goods' number. Told to call it, it is a phone again.
describe("a batch or lot number labelled in the buyer's languages is no phone", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['Russian batch', 'Партия 8926-555-1234 прошла проверку, отгрузка в пятницу'],
      ['Russian batch number', 'Номер партии: 8903 222 4411, декларация приложена'],
      ['Italian lot', 'Lotto 0612 345 678 pronto per la spedizione'],
      ['Vietnamese lot', 'Số lô 0912 345 678 đã kiểm tra xong'],
    ],
    [['the batch label, then told to call it', 'Партия 8926-555-1234 — позвоните по этому номеру, это мой личный']],
  );
});

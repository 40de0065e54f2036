import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A number labelled as an order, shipment, model or invoice number in the buyer's language is that document's number
// (one per-language list, rules/detection/number-labels.yaml). The label is a cover when the same text says to call it.
describe("order, waybill, model and invoice numbers labelled in the buyer's language", () => {
  it.each([
    'Twoja przesyłka ma numer 612 345 789, dostawa w piątek',
    'Nr zamówienia: 698 765 432 — towar już spakowany',
    'Su guía Estafeta es 81 2345 6789, llega el martes',
    'Die Sendungsnummer lautet 0151 2345 6789, Zustellung morgen',
    'Il numero di spedizione è 347 123 4567, consegna lunedì',
    'Код отслеживания посылки: 912 345 67 89, доставка через неделю',
    'Mã vận đơn của bạn: 091 234 5678, hàng đến thứ Sáu',
    'Le numéro de suivi est 06 12 34 56 78, livraison jeudi',
    'رقم التتبع 050 123 4567 والشحنة تصل يوم الأحد',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'Nr zamówienia 698 765 432 — zadzwoń do mnie pod ten numer',
    'Su guía Estafeta es 81 2345 6789, llámame a este número para el precio',
    '订单号 138 1234 5678，有问题直接打这个号码',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The buyer's own route (Western Union, Pix, Zelle, a direct transfer) answered with the only one the rep takes, the
// platform's ("we only accept payment through the Alibaba order", "只接受信保付款", "solo aceptamos pagos por Trade
// Assurance"), is a refusal (refusals.yaml ONLY_PLATFORM_PAY, found in rounds 21, 22 and 30). The same words with a
// concession after them, or a route proposed outright, still steer the payment.
describe('payment taken only through the platform', () => {
  it.each([
    'You wanted to pay with Zelle; we only accept payment through the Alibaba order, thanks for understanding.',
    'About your request to pay to our Hong Kong account directly: sorry, all payments go through Alibaba.',
    '我们只接受信保付款，西联就不收了。',
    '西联我们不收，只走平台下单。',
    '我们不接受 off-platform payment，请在订单里付款。',
    'Usted pidió pagar por transferencia directa; lo siento, solo aceptamos pagos por Trade Assurance.',
    'Você pediu para pagar por Pix, mas só aceitamos pagamento pelo pedido na Alibaba.',
    'Vous proposez Western Union : nous n\'acceptons que le paiement via Alibaba.',
    'Kakak mau bayar lewat transfer langsung? Maaf, kami hanya menerima pembayaran melalui Alibaba.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'We only accept payment through Alibaba for samples, but for bulk please pay to our company HSBC account directly.',
    '样品只走信保，大货请直接打到我们公司私人账户，省手续费。',
    'For faster processing please send the money via Western Union to Zhang Wei, Shenzhen.',
    'Pay the deposit by Western Union to our manager Li Wei, balance through Alibaba.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});

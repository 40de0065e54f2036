/** The synthetic drafts the checker benches share: sentences of a typical reply, some leaking, cut to a size. */
export const SENTENCES = [
  'Thank you for your inquiry about our LED strip lights. ',
  'The price is USD 2.35 per meter for 1000-4999 meters, MOQ 500 meters. ',
  'Lead time is 15 days after deposit, shipping by sea to Hamburg takes 30 days. ',
  'Model HL-5050-60 is waterproof IP65 and comes with a 2 year warranty. ',
  '您好，感谢询价，我们的交期大约15天，可以通过信用保障下单。 ',
  'Please add my WhatsApp +86 186 1234 5678 for more photos. ',
  'Your order 2213456789012 has shipped, tracking number 1Z999AA10123456784. ',
  'We can send samples, the sample fee is refundable after the bulk order. ',
  '加我微信 lily_2023 详聊。 ',
  'Best regards, Lily Chen, Sales Manager. ',
];

export function makeDrafts(size: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    let k = i;
    while (s.length < size) s += SENTENCES[k++ % SENTENCES.length];
    out.push(s.slice(0, size));
  }
  return out;
}


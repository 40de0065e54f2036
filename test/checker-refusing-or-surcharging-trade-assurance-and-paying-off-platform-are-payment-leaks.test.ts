import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { LEAK_CATEGORIES, LLM_CATEGORIES } from '../src/checker/categories.js';
import { loadRules } from '../src/checker/rules.js';
import { consolePage } from '../src/server/console-page.js';
import { DEFAULT_RULES_DIR } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Type two of the violation (briefing: 无理由拒绝买家使用信用保障服务或有条件……使用信用保障服务), in new words.
const leaks: Array<[string, string]> = [
  ['TA refused for a model, deposit to the company account', 'Sorry, this model we cannot do by Trade Assurance, please pay the deposit to our company account.'],
  ['TA not supported, wire to the HK account', 'TA is not supported for customized items, kindly wire the 30% to our HK account directly.'],
  ['信保不支持，转公司账户', '这个产品不支持信保，麻烦直接转到我们公司账户'],
  ['a percentage on the unit price for TA', 'For Trade Assurance orders we will add 3% to the unit price, bank transfer to us no extra.'],
  ['higher freight with TA', 'Freight is higher if you choose trade assurance, so better pay us by Western Union.'],
  ['信保运费另加', '信保订单运费要另加50美元，直接汇款到我们账户就不用'],
  ['信保提高单价', '用信保的话单价要提高5%哦'],
  ['不走信保给优惠', '不走信保的话可以给您便宜一点'],
  ['样品费微信转我，不走平台', '样品费直接微信转给我就可以了，不用走平台'],
  ['PayPal friends to a personal account', "You can pay by PayPal friends & family to my account, it's cheaper."],
  ['MoneyGram to a named person', 'Kindly send the balance by MoneyGram to our finance Mr. Li.'],
  ['later orders outside the platform to save the commission', 'Next orders pay us directly, no need to go through Alibaba, we both save the commission.'],
  ['pt: straight to our account, off Alibaba', 'Pode pagar diretamente na nossa conta bancária, fora do Alibaba, sem taxa.'],
  ['de: straight to our account', 'Sie können direkt auf unser Konto überweisen, ohne Gebühren von Alibaba.'],
  ['fr: off Alibaba', "Vous pouvez payer directement sur notre compte, hors d'Alibaba."],
  ['id: straight to our bank account', 'Bisa bayar langsung ke rekening kami saja, tanpa biaya Alibaba.'],
  ['pl: straight to our account', 'Możesz zapłacić przelewem bezpośrednio na nasze konto, poza Alibaba.'],
  ['it: to save the commission', 'Puoi pagare direttamente sul nostro conto, fuori da Alibaba, senza commissione.'],
  ['nl: outside Alibaba', 'U kunt rechtstreeks op onze rekening betalen, buiten Alibaba.'],
  ["condition or route: With TA the lead time becomes 40 days in", "With TA the lead time becomes 40 days instead of 20, with T/T we start now."],
  ["condition or route: Shipping goes up 80 USD for Trade Assura", "Shipping goes up 80 USD for Trade Assurance orders."],
  ["condition or route: The price is higher if you choose Trade ", "The price is higher if you choose Trade Assurance, because Alibaba takes a commission."],
  ["condition or route: We accept TA but you have to pay the fee", "We accept TA but you have to pay the fees yourself."],
  ["condition or route: 信保可以，但手续费要您自己承担", "信保可以，但手续费要您自己承担"],
  ["condition or route: Western Union is the fastest, and we giv", "Western Union is the fastest, and we give you 3% discount."],
  ["condition or route: Paying by bank transfer to our Citibank ", "Paying by bank transfer to our Citibank account is faster than making a TA order."],
  ["condition or route: Bitte zahlen Sie die Anzahlung auf unser", "Bitte zahlen Sie die Anzahlung auf unser Konto, nicht über Alibaba."],
  ["condition or route: 信保订单金额太小我们不接", "信保订单金额太小我们不接"],
  ["in the buyers languages: Trade Assurance no está disponible para ", "Trade Assurance no está disponible para este producto, pague por transferencia a nuestra cuenta."],
  ["in the buyers languages: Trade Assurance ist für diesen Artikel n", "Trade Assurance ist für diesen Artikel nicht möglich, bitte direkt überweisen."],
  ["in the buyers languages: Con Trade Assurance el precio sube un 5%", "Con Trade Assurance el precio sube un 5%."],
  ["in the buyers languages: Für Trade Assurance berechnen wir 3% ext", "Für Trade Assurance berechnen wir 3% extra."],
  ["in the buyers languages: Se pagar pelo Trade Assurance, cobramos ", "Se pagar pelo Trade Assurance, cobramos mais 3%."],
  ["in the buyers languages: TA tidak bisa untuk produk ini, transfer", "TA tidak bisa untuk produk ini, transfer langsung ke rekening kami."],
  ["in the buyers languages: Avec Trade Assurance il faut ajouter 4% ", "Avec Trade Assurance il faut ajouter 4% de frais."],
  ["in the buyers languages: 信保要多收3%运费", "信保要多收3%运费"],
  ["in the buyers languages: Please pay via Wise to my personal accou", "Please pay via Wise to my personal account, it's faster."],
  ["in the buyers languages: Kindly remit the deposit to the account ", "Kindly remit the deposit to the account of our boss, details below, no need of Alibaba."],
  ["in the buyers languages: Trade Assurance? Sorry, our company does", "Trade Assurance? Sorry, our company does not support it, only T/T to our bank."],
  ["in the buyers languages: We only accept Western Union or T/T to o", "We only accept Western Union or T/T to our own bank account."],
];

const passes: Array<[string, string]> = [
  ['TA offered gladly, same price', "We're glad to use Trade Assurance for this order, price stays the same."],
  ['asks the buyer not to pay outside', 'Please don\'t pay outside Alibaba, only pay through the Trade Assurance order.'],
  ['请勿私下转账', '请勿私下转账，所有款项请通过信保订单支付。'],
  ['请不要线下付款', '为了保障您的资金安全，请不要线下付款，我们只接受信保订单。'],
  ['TA costs nothing extra', 'Trade Assurance orders have no extra charge, you pay the same price.'],
  ['信保价格不变', '信保订单价格不变，不加任何费用。'],
  ['payment page methods through TA', 'The payment page offers card, T/T, PayPal and bank transfer, all through Trade Assurance.'],
  ['payment received on the platform', 'We received your deposit via Alibaba.com, thank you!'],
  ['advice to report a refusing supplier', 'If any supplier says Trade Assurance is not available, please report it to Alibaba.'],
  ['a POS that takes Alipay', 'Our POS terminal accepts Alipay and WeChat Pay.'],
  ['money reaches us after receipt, held by TA', 'The money will go to our account only after you confirm receipt, Trade Assurance holds it until then.'],
  ['spare parts added to the TA order', 'We added 2 spare parts to your TA order for free.'],
  ['es: do not pay outside Alibaba', 'Por favor, no pague fuera de Alibaba, use siempre Trade Assurance.'],
  ['de: do not pay into an account', 'Bitte zahlen Sie nicht direkt auf ein Konto, nur über Trade Assurance.'],
  ['付款已到账（信保订单）', '您的付款已经到我们账户了（阿里巴巴国际站信保订单），马上安排生产。'],
  ["compliant: We recommend Trade Assurance, it protect", "We recommend Trade Assurance, it protects your payment."],
  ["compliant: TA order lead time is 25 days, same as a", "TA order lead time is 25 days, same as any other order."],
  ["compliant: If you choose Trade Assurance, the price", "If you choose Trade Assurance, the price and lead time stay the same."],
  ["compliant: Alibaba charges the buyer a small card f", "Alibaba charges the buyer a small card fee on the payment page, T/T on the platform has no fee."],
  ["compliant: We give 3% discount for orders over 5000", "We give 3% discount for orders over 5000 pcs, all through Trade Assurance."],
  ["compliant: The shipping cost goes up in December be", "The shipping cost goes up in December because of the peak season."],
  ["compliant: 信保订单的交期是25天，和普通订单一样", "信保订单的交期是25天，和普通订单一样"],
  ["compliant: 买家承担运费，信保订单可以直接在平台付款", "买家承担运费，信保订单可以直接在平台付款"],
  ["compliant: 信保订单只要金额满1美元就可以做，我们都支持", "信保订单只要金额满1美元就可以做，我们都支持"],
  ["compliant: I don't recommend paying outside Trade A", "I don't recommend paying outside Trade Assurance."],
  ["compliant: Please note the unit price will be 4.60 ", "Please note the unit price will be 4.60 instead of 4.35 because the steel price rose."],
  ["compliant: Trade Assurance is faster than you think", "Trade Assurance is faster than you think, the order takes 5 minutes to create."],
  ["compliant: Trade Assurance está disponible, el prec", "Trade Assurance está disponible, el precio es el mismo."],
  ["compliant: Mit Trade Assurance bleibt der Preis gle", "Mit Trade Assurance bleibt der Preis gleich, keine Extrakosten."],
  ["compliant: Pagamento só pelo Trade Assurance, é mai", "Pagamento só pelo Trade Assurance, é mais seguro para você."],
  ["compliant: Bitte nicht direkt überweisen, nur über ", "Bitte nicht direkt überweisen, nur über Trade Assurance bezahlen."],
  ["compliant: Jangan transfer langsung ke rekening kam", "Jangan transfer langsung ke rekening kami, bayar lewat Trade Assurance saja."],
  ["compliant: Ne payez pas directement sur un compte, ", "Ne payez pas directement sur un compte, utilisez Trade Assurance."],
];

describe('payment steering is a leak of its own category', () => {
  for (const [name, text] of leaks) {
    it(`flags: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      const pay = r.findings.find((f) => f.category === 'payment');
      expect(pay, 'a payment finding').toBeDefined();
      // The finding keeps its span, rule, reason and a clause quoted from the briefing.
      expect(text.slice(pay!.start, pay!.end)).toBe(pay!.excerpt);
      expect(pay!.rule).toMatch(/^payment\./);
      expect(pay!.reason.length).toBeGreaterThan(5);
      expect(pay!.clause).toMatch(/信用保障|拒绝买家使用线上交易/);
    });
  }
  for (const [name, text] of passes) {
    it(`passes: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }

  it('rewrites a payment leak to offer Trade Assurance, and the rewrite passes', () => {
    for (const [, text] of leaks.slice(0, 8)) {
      const r = checker.checkLocal(text);
      expect(r.rewrite).toMatch(/Trade Assurance|信用保障/);
      expect(checker.checkLocal(r.rewrite!).leak, r.rewrite!).toBe(false);
    }
  });

  it('lists the categories once: rules, the LLM answer and the card labels all take them from categories.ts', () => {
    expect(LEAK_CATEGORIES).toContain('payment');
    expect(LLM_CATEGORIES).toContain('payment');
    expect(LLM_CATEGORIES).not.toContain('classifier');
    const rules = loadRules(DEFAULT_RULES_DIR);
    for (const r of rules.recognizers) expect(LEAK_CATEGORIES).toContain(r.category);
    expect(rules.rewriteFor.get('payment')?.en).toMatch(/Trade Assurance/);
    // The web console's labels come from the same table.
    expect(consolePage()).toContain('"payment":["拒绝信保/站外付款","Off-platform payment"]');
    expect(consolePage()).not.toContain('/*CATEGORY_LABELS*/');
  });
});

import type { Lang } from '../core/types.js';

/** The kinds of false product information the briefing names; every other list derives from this one. */
export const LISTING_KINDS = ['price_ladder', 'sku_filler', 'shipping', 'moq', 'price_unit', 'price_range'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export type Verdict = 'risk' | 'ok';
export type Layout = 'en_page' | 'zh_backend' | 'unknown';

export interface Finding {
  kind: ListingKind;
  /** What is wrong, with the numbers, in the listing's language. */
  detail: string;
  /** The briefing clause, verbatim (Chinese, as the briefing is written). */
  clause: string;
  /** The clause in English (our translation), for English replies. */
  clauseEn: string;
  /** A concrete fix in the listing's language. */
  fix: string;
  /** The numbers behind the finding, for cards, logs and tests. */
  evidence: Record<string, number | string>;
  /** How far past its threshold the finding is (1 = at the threshold); orders findings, strongest first. */
  severity: number;
}

export interface ListingResult {
  verdict: Verdict;
  fake: boolean;
  lang: Lang;
  layout: Layout;
  /** 'checked': a listing was found and judged; 'no_listing': no prices found; 'rejected': not text (binary). */
  status: 'checked' | 'no_listing' | 'rejected';
  findings: Finding[];
  /** Plain remarks for the rep: what was read, what could not be judged (e.g. no reference-price table). */
  notes: string[];
  /** sha256 of the listing text; what is recorded instead of the text. */
  textHash: string;
  /** The product name as read from the listing, for result tables (never recorded). */
  title?: string;
}

export interface Money {
  value: number;
  currency: 'USD' | 'CNY' | 'EUR';
  /** The value in USD, for ratios across currencies. */
  usd: number;
}

export interface Unit {
  id: string;
  dim: 'count' | 'mass' | 'length' | 'area' | 'volume' | 'liquid' | 'power';
  /** Base units (piece, g, m, m2, m3, ml, W) in one of this unit. */
  base: number;
  /** As written (for messages). */
  label: string;
}

export interface Tier {
  min: number;
  max?: number;
  unit?: Unit;
  price: Money;
  /** The quantity cell as written ("100 - 999 Pieces"). */
  label: string;
}

export interface Sku {
  name: string;
  price: Money;
  /** The unit the SKU's own price is per, when its row names one ("600x1200 亮光 US$24.00/平方米"). */
  unit?: Unit;
}

export interface Shipping {
  amount: Money;
  estimate: boolean;
  role: 'published' | 'charged' | 'plain';
  /** Shipping quoted per unit of goods ("$30 / piece"). */
  perUnit?: Unit;
  /** The weight the fee is for, in kilograms, when the shipping field states it ("毛重约 35kg"). */
  weightKg?: number;
  /** The quantity of goods the fee ships, when the row names it ("5 张 → US $980", "整柜（约 60 张）→ US $4,800"). */
  forQty?: Quantity;
}

export interface Quantity {
  qty: number;
  /** Read from a second MOQ field rather than a sentence that says what the real MOQ is: weaker evidence. */
  loose?: boolean;
  /** Read from a sentence that scopes the price ("price above is for 10,000 pcs and up"): a tier starting there states it. */
  priceScope?: boolean;
  unit?: Unit;
  raw: string;
}

export interface ParsedListing {
  layout: Layout;
  title?: string;
  headline?: { min: Money; max?: Money; unit?: Unit };
  tiers: Tier[];
  moq?: Quantity;
  /** Every other place the text states an MOQ ("MOQ 1 pc" in the title, a description line). */
  moqClaims: Quantity[];
  skus: Sku[];
  /** The sample's price; `custom` when it is a proof of custom work (printing plates, a design), priced by its own costs. */
  sample?: { price: Money; unit?: Unit; custom?: boolean; /** The buyer's courier carries it ("buyer pays courier", "运费到付"). */ freightCollect?: boolean };
  shipping: Shipping[];
  /** The page's order summary: "100 Square Meters Details $5,800.00". */
  order?: { qty: number; unit?: Unit; subtotal: Money };
  /** Units the listing prices by ("/ Piece", "/克"). */
  priceUnits: Unit[];
  /** Text that says the real MOQ/price is something else ("actual MOQ 500", "实际起订量"). */
  disclaimers: string[];
  /** Prices the text says are the real ones ("actual price $3.50", "实际单价 $3.5"). */
  priceClaims: Money[];
  /** A sentence saying the price shown is not the real one, with no price of its own ("contact for real price"). */
  priceNotReal?: string;
  /** The least quantities the listing's own sentences say the seller takes ("最少一箱（200件）起发", "we can't run less than 2 tons"). */
  moqFloors: Quantity[];
  /** Customisation MOQs ("Customized logo(Min. Order: 10000000 Grams)"). */
  customMoqs: Quantity[];
  /** The order summary's total ("Total $22,905,729.67", "合计 US $248.10"). */
  total?: Money;
  /** The page advertises free shipping ("本商品包邮", "Free shipping"). */
  freeShipping?: boolean;
  /** A line offering free shipping only above an order value ("满 US$ 100 包邮", "free shipping for orders > US$1,000"): the
   *  page's free shipping is that offer, so a fee for smaller orders is charged above no published zero. */
  freeShippingIf?: string;
  /** A sentence saying freight is charged once the order is placed or paid ("运费下单后另算", "freight charged after you order"). */
  freightAfterOrder?: string;
  /** A sentence saying the freight shown is not what the buyer pays ("page freight can not be used", "下单后补运费差价"). */
  freightNotReal?: string;
  /** A sentence saying the freight is worked out again after the order and the buyer pays the difference ("差价另外补付"). */
  freightTopUp?: string;
  /** An order value the page says every order must reach ("Minimum order USD 2,000", "首单金额须满 USD 3000"). */
  minOrderValue?: { money: Money; raw: string };
  /** A sentence saying the freight charged is a multiple of the one shown ("一般是系统运费的3倍", "about 2x the listed shipping"). */
  freightMultiple?: { factor: number; text: string };
  /** A sentence saying the freight holds part of the goods' price ("Shipping includes 'product adjustment fee'"). */
  shippingHoldsPrice?: string;
  /** The unit a sentence says the price is for ("price shown is per pair", "实际为一箱305米的价格", "标价为单双价格"). */
  priceFor?: { unit: Unit; text: string; /** How many of the unit ("每10厘米": 10 cm); one when unsaid. */ qty?: number };
  /** The page defines the unit it prices by as a pack ("1 piece = 1 carton (240 pairs)", "1件=1箱"). */
  unitIsPack?: { unit: Unit; pack: Unit; text: string };
  /** A sentence saying the price is for one of a pair ("price per single shoe", "1 pair = 2 pieces", "按只计价，成双发货"). */
  halfPair?: string;
  /** Units the page sizes in another unit ("1 bundle = 100g", "1箱=24瓶"): how many of `of` one `unit` holds. */
  unitSizes?: { unit: Unit; qty: number; of: Unit }[];
  /** A unit cut to a fraction ("0.01 Square Meters") so the price per unit looks small. */
  fractionalUnit?: string;
  /** A line that converts between units ("1米=约0.04kg", "Price per kg: $11.20", "折合每套约 US $66"): the page states
   *  what the price comes to in the other unit, so a price per kilogram beside an MOQ in sets hides nothing. */
  unitEquivalence?: string;
  /** Sentences that say the price is per single item while the goods are sold only by a set, kit or ream. */
  notes: string[];
  /** The unit of measure the form states ("计量单位：瓶", "Unit of measure: Piece"): the unit of a price that names none. */
  measureUnit?: Unit;
  /** The weight of one item as the page states it ("克重：约 2.5 克", "Weight: 1000g", "net weight 31.1 g"), in grams;
   *  never a gross or package weight. Converts a price per piece to one per gram for goods the market prices by weight. */
  itemWeightG?: number;
  /** The rep's words saying an order as small as the MOQ shown is really sold ("我们真的 1 克也卖（试吃装）", "we also sell 1 kg"):
   *  an MOQ worth under a dollar is then a real small order, unless it is worth mere cents (moq.minItemOrderUsd). */
  moqSaidSold?: string;
  /** A sentence saying the MOQ shown is not the real one ("MOQ 1 for display only", "起订量仅供展示"). */
  moqNotReal?: string;
  /** The page says the goods ship only by full container ("仅整柜", "FCL only"). */
  fclOnly?: string;
  /** A sentence saying the small-order price carries a set-up cost ("small qty price includes printing plate & mould"). */
  setupInSmallOrders?: string;
  /** A rep's message whose ladder is written in its sentences names goods made to order anywhere in it ("our tier for custom
   *  printed cups goes ..."): its first line is no product title to test. */
  madeToOrderSaid?: boolean;
  /** A line saying the listing's parts and accessories are sold on their own ("Accessories can be bought on their own, same
   *  MOQ", "配件可以单独买"): its cheap part SKUs are goods buyers order, not placeholders (sku.yaml soldAloneNotes). */
  partsSoldAlone?: string;
  /** A line denying that the parts or add-ons are sold on their own ("leashes are not sold separately", "配件不单卖"). */
  partsNotSoldAlone?: string;
  /** Labels of bare headings with nothing after the colon ("Grade:", "颜色："): the attributes option rows may be listed by. */
  optionHeadings?: string[];
  /** A sentence saying the samples are free ("A4 swatch card free", "样品免费"). */
  freeSamples?: string;
  /** What one unit of the goods weighs as shipped, gross weight included ("单位重量：9 kg", "单件毛重：15 kg", "Single gross
   *  weight: 0.5 kg"), in kilograms: turns a freight rate per kilogram into freight per unit. */
  unitWeightKg?: number;
  /** The gross weight the page states with no pack named ("Gross weight: 58 kg", "毛重3.5kg"), in kilograms: what one unit
   *  weighs as shipped, so a freight far below any carrier's rate for it is a token fee. */
  grossWeightKg?: number;
  /** A sea-freight transit time the page promises ("Sea freight to USA, arrives in 3 days", "海运到美国 3天到港"), in days. */
  seaTransit?: { days: number; text: string };
  /** The widest range of sizes the text states ("内径 3-300mm", "20mm - 630mm", "DN15-DN600", "M6 ... M36"), as its largest
   *  size over its smallest: a headline range across the sizes may span about this ratio cubed (what the goods weigh). */
  sizeSpan?: number;
  /** How many sizes or models the text says the listing covers ("40 sizes", "12种规格"). */
  sizeCount?: number;
}

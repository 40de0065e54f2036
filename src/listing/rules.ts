// fastEdges: a pattern's word-opening \b under flags iu in the form V8 runs 5-10x faster, same matches (word-edges.ts).
import { fastEdges } from './word-edges.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile, regexSource } from '../config/yaml.js';
import { z } from 'zod';
import { LISTING_KINDS, type ListingKind, type Unit } from './types.js';

/** Thresholds, clauses, units and filler words of the listing check are data (rules/listing/*.yaml), validated here. */
export const DEFAULT_LISTING_RULES_DIR = fileURLToPath(new URL('../../rules/listing', import.meta.url));

const ratio = z.number().positive();
const kindEnum = z.enum(LISTING_KINDS);

const clausesSchema = z.object({
  clauses: z.array(z.object({ id: z.string().regex(/^[a-z-]+$/), text: z.string().min(4), en: z.string().min(4) })).min(1),
});

const thresholdsSchema = z.object({
  kinds: z.record(kindEnum, z.object({ clause: z.string() })),
  ladder: z.object({ maxTotalRatio: ratio, maxStepRatio: ratio, maxRiseRatio: ratio, spanExponent: ratio, madeToOrderStepExponent: ratio.optional(), madeToOrderFirstStepExponent: ratio.optional(), madeToOrderStepCap: ratio.optional(), setupStepCap: ratio.optional(), steadyMinShare: ratio.optional(), steadyMaxElasticity: ratio.optional(), cliffMinRatio: ratio.optional(), cliffLogFactor: ratio.optional() }),
  sku: z.object({ minSkus: z.number().int().min(2), minSkusForToken: z.number().int().min(2), lowRatio: ratio, fillerRatio: ratio, veryLowRatio: ratio, pennyUsd: ratio, tokenRatio: ratio, highRatio: ratio, isolationFactor: ratio, partRatio: ratio, singleRatio: ratio, uniformSpread: ratio, offPriceRatio: ratio, partMinUsd: ratio.optional(), partMinShare: ratio.optional(), decimalShiftMinPower: z.number().int().min(1).optional(), decimalShiftTolerance: ratio.optional(), proRataMinShare: ratio.optional(), bundlePartMinShare: ratio.optional() }),
  shipping: z.object({ maxRatio: ratio, maxRatioEstimate: ratio, normalParcelUsd: z.number().min(0), pennyGoodsUsd: ratio, pennyGoodsRatio: ratio, cheapGoodsUsd: ratio.optional(), cheapGoodsRatio: ratio.optional(), maxUsdPerKg: ratio, weightMinFeeUsd: ratio, chargedOverPublished: z.number().min(0), chargedEstimateFactor: ratio.optional(), tokenSampleUsd: z.number().min(0), tokenFeeUsd: z.number().min(0).optional(), maxRatePerKgUsd: ratio.optional(), tokenFreightUsdPerKg: z.number().min(0).optional(), tokenFreightMinKg: z.number().min(0).optional(), minSeaTransitDays: z.number().min(0).optional() }),
  moq: z.object({ maxTierMismatch: ratio, maxClaimMismatch: ratio, maxOrderValueUsd: ratio, minMeasureOrderUsd: ratio, minItemOrderUsd: ratio.optional(), minPriceUnitShare: ratio.optional(), sliverOrderUsd: ratio.optional(), fclMinOrderUsd: ratio, customFactor: ratio, customMin: ratio }),
  unit: z.object({ smallUnitMaxUsd: ratio, smallUnitMinQty: ratio, tinyOrderUsd: ratio, wholeOrderRatio: ratio, wholeSampleRatio: ratio }),
  range: z.object({ maxSpread: ratio, madeToOrderMaxSpread: ratio.optional(), sizeSpanExponent: ratio.optional(), manySizes: ratio.optional(), maxHeadlineGap: ratio, maxUnitGap: ratio.optional(), referenceFactor: ratio, stockLotFactor: ratio.optional(), sampleRatio: ratio, sampleMinGapUsd: ratio }),
  usdPer: z.object({ USD: ratio, CNY: ratio, EUR: ratio }),
  // The learned arbiter's switch (src/listing/arbiter.ts): the model file, relative to the rules folder, and the score
  // below which a risk becomes ok; raiseAt, when given, the score at or above which a listing the rules passed is a risk,
  // and raiseKinds the parser's cues (ParsedListing field names) that name the kind such a risk is of.
  arbiter: z
    .object({ enabled: z.boolean(), model: z.string().min(1), vetoBelow: z.number().min(0).max(1), raiseAt: z.number().min(0).max(1).optional(), raiseKinds: z.partialRecord(kindEnum, z.array(z.string().regex(/^[a-z][A-Za-z]*$/)).min(1)).optional() })
    .optional(),
});

const unitsSchema = z.object({
  units: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z_]+$/),
        dim: z.enum(['count', 'mass', 'length', 'area', 'volume', 'liquid', 'power']),
        base: ratio,
        names: z.array(z.string().min(1)).min(1),
        // A unit read only as what a price is per or a form's unit of measure ("/ 千只", "Unit: 1000 Pieces"), never as the
        // unit of a quantity: a quantity's 千 is a multiplier ("5千个" is 5,000 pieces, and the price beside it is per piece).
        perOnly: z.boolean().optional(),
      }),
    )
    .min(1),
});

// The order is the order of precedence: a header both roles name ("Sample Price", "Ladder Price (qty:price)", "Price
// Type") takes the first. 'other' is a column that only describes the price (its type, currency, terms): kept as a line.
// 'moqUnit' and 'unit' come before 'price' and 'moq': "price_unit" and "moq_unit" name units, not amounts; 'skus'
// comes before 'variant' ("SKU规格与价格" holds prices, "规格" alone does not). 'qtyFrom'/'qtyTo' (a row per step of a
// ladder: "qty_from, qty_to, price") come before 'moq' and 'id'.
const CSV_ROLES = ['other', 'text', 'sample', 'tiers', 'skus', 'qtyFrom', 'qtyTo', 'id', 'moqUnit', 'unit', 'priceMin', 'priceMax', 'price', 'title', 'variant', 'moq', 'shipping'] as const;
export type CsvRole = (typeof CSV_ROLES)[number];
const csvSchema = z.object({
  // Every role is optional: an operator's csv.yaml written before a role existed (moqUnit) still loads.
  columns: z.partialRecord(z.enum(CSV_ROLES), z.array(regexSource('i')).min(1)),
});

const wordList = z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) });
const productsSchema = z.object({
  soldByCount: wordList,
  bulk: wordList,
  // Electrical devices, named by a word ("electric", "蓝牙") or by a rating in the title ("1500W", "20000mAh").
  // Goods printed or made to the buyer's design (custom, 定制, stickers): their volume prices fall more steeply.
  madeToOrder: wordList.optional(),
  // Phrases holding a made-to-order word that name no work to the buyer's design ("custom fit" car mats): removed first.
  notMadeToOrder: wordList.optional(),
  // notMachines: phrases holding a machine word that name no machine ("gym equipment"): removed before the device test.
  // Goods the trade quotes per watt of rating (panels, inverters, lamps, generators): a price per watt is their unit.
  quotedPerWatt: wordList.optional(),
  devices: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)), machines: wordList.optional(), notMachines: wordList.optional(), rating: z.string().min(3) }).optional(),
  // Patterns for the part of a title naming what the goods are used for ("Glue for Shoes", "沙发填充"): left out of the
  // sold-by-count test.
  usedFor: z.array(z.string().min(1)).optional(),
  // Stock lots and clearance goods (库存尾货, overstock): sold below the market for new goods (thresholds range.stockLotFactor).
  stockLot: wordList.optional(),
  // Goods worn or used in pairs (shoes, gloves, earrings): a note "按只计价" on them prices one of a pair.
  soldInPairs: wordList.optional(),
});

const skuSchema = z.object({
  feeNames: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)), patterns: z.array(z.string().min(1)) }),
  fillerNames: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) }),
  partNames: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) }),
  // A part sold alone ("block only", "仅表带", "(只发手机壳)"): patterns tested on the whole SKU name.
  soloNames: z.array(z.string().min(1)).optional(),
  // One-off customisation charges (logo set-up, mould, plate): a real charge when dearer than the product.
  setupCharges: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) }).optional(),
  // Accessories, packaging and companion items that name a SKU on their own ("Dust bag", "领带"), beside the fee, filler
  // and part words: such a SKU is not a variant of the product.
  accessoryNames: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) }).optional(),
  grades: z.object({ headings: z.array(z.string().min(1)), names: z.array(z.string().min(1)) }).optional(),
  partLabels: z.object({ en: z.array(z.string().min(2)), zh: z.array(z.string().min(1)) }).optional(),
  // A line saying the listing's parts and accessories are sold on their own (patterns, each line).
  soldAloneNotes: z.array(z.string().min(1)).optional(),
  // ... and a line denying it: the add-ons come only with the product (patterns, each line).
  notSoldAloneNotes: z.array(z.string().min(1)).optional(),
});

const regexString = regexSource('iu');
/** The cue words prose.yaml must give, each a regular expression read on the rep's sentences (written once: the schema
 *  and ProseCues derive from it). */
const PROSE_CUE_KEYS = ['firstPerson', 'shown', 'real', 'peer', 'freight', 'moq', 'realMoq', 'scoped', 'hypothetical', 'sku', 'bait', 'talk', 'sample', 'estimate', 'charged', 'addOn', 'freeShipping', 'noStock', 'skuSwap', 'soldBy', 'wholeLot', 'genuine'] as const;
type ProseCueKey = (typeof PROSE_CUE_KEYS)[number];
/** Optional: cue words that read a rep's own description of a listing (prose.yaml). */
const proseSchema = z.object({
  ...(Object.fromEntries(PROSE_CUE_KEYS.map((k) => [k, regexString])) as Record<ProseCueKey, typeof regexString>),
  // Optional: the rep says the unit shown was picked by mistake ("单位选成了千克", "wrong unit"): a price per a smaller
  // measure of goods sold by a bigger one is then the bigger one's price, not an honest conversion.
  wrongUnit: regexString.optional(),
  // Optional: a fee for packing or handling named right beside its amount ("另加 $0.9/tin 包装费", "packing fee $0.50/bag"): an
  // amount charged on top of the goods, neither their price nor freight.
  packingFee: regexString.optional(),
  // Optional: the rep says buyers really pay the price shown ("客户真下单我们也按2.99卖", "we really do sell at that price"): a
  // bait word in the same sentence (a loss leader, "引流款") names no false price.
  soldAsShown: regexString.optional(),
  // Optional: the seller says it also takes smaller orders ("其实100个也卖", "we also do 50 pcs"): no real minimum lies
  // below the one shown.
  alsoBelow: regexString.optional(),
  attributeUnits: z.array(z.string().min(1)).min(1),
  gap: z.number().gt(1),
  loneFreightRatio: z.number().gt(1),
  aboveMarketRatio: z.number().gt(1),
});
/** Alternatives, one a line in the file (a folded regular expression would join its lines with spaces). */
const cueList = z.array(regexString).min(1);
/** Optional: cues that read a field contradicted by the listing's own prose (contradictions.yaml). */
const contradictionsSchema = z.object({
  moqFloor: z.object({ floor: cueList, below: cueList, refuse: cueList, accepts: cueList, scoped: cueList, gap: z.number().gt(1) }),
  // Optional within the file: an operator's contradictions.yaml written before it existed still loads.
  freightLater: z.object({ later: cueList, none: cueList }).optional(),
  priceForUnit: cueList.optional(),
  freightInPrice: cueList.optional(),
  // Prices the listing's own words say were replaced or removed: cut before the listing is read (replacedOld), the line-led
  // ones only when the text also says what holds now (replacedNow).
  replaced: z.object({ old: cueList, lineOld: cueList, now: cueList }).optional(),
});
/** Optional: the rep's own admissions that a value shown is not the real one (admissions.yaml). */
const admissionsSchema = z.object({
  gate: z.object({ zh: regexString, en: regexString }),
  notReal: cueList,
  pullsDown: cueList,
  chargedLater: cueList,
  raisedLater: cueList,
  shownFree: cueList,
  referenceOnly: cueList,
  amount: cueList,
  otherUnit: cueList,
  topics: z.array(z.object({ kind: z.enum(LISTING_KINDS), cue: cueList })).min(1),
  honest: cueList,
});
export type AdmissionCues = { [K in Exclude<keyof z.infer<typeof admissionsSchema>, 'topics' | 'gate'>]: RegExp } & { gate: { zh: RegExp; en: RegExp }; topics: { kind: ListingKind; cue: RegExp }[] };
/** Optional: a value the listing shows set against the one it really applies (shown-real.yaml). */
const shownRealSchema = z.object({
  attributes: z.array(z.object({ kind: z.enum(LISTING_KINDS), cue: cueList })).min(1),
  shown: cueList,
  real: cueList,
  honest: cueList,
  gap: z.number().gt(1),
  moqInflated: z.object({ gap: z.number().gt(1), deter: cueList }).optional(),
  confession: z.object({ later: cueList, refuse: cueList, purpose: cueList, homeOnly: cueList, unless: cueList }),
  component: z.object({ part: cueList, whole: cueList }),
  fillerSku: z.object({ sku: cueList, lowestName: cueList, lowestPrice: cueList, mainPrice: cueList, notSku: cueList }).optional(),
});
export type ShownRealCues = {
  attributes: { kind: ListingKind; cue: RegExp }[];
  /** Any attribute's cue, when every one is local: a sentence it misses has no clause that names an attribute. */
  anyAttribute: RegExp | null;
  shown: RegExp;
  real: RegExp;
  /** Whether real is local: a text it misses then has no label, field or clause read as real, so no shown-real pair. */
  realLocal: boolean;
  /** Whether shown and the confession's purpose, homeOnly, later and refuse cues are all local: a text none of them matches
   *  has no sentence that can confess. */
  confessionLocal: boolean;
  honest: RegExp;
  gap: number;
  /** An MOQ shown far above the real one, set to turn buyers away (none: only a shown MOQ below the real one is false). */
  moqInflated?: { gap: number; deter: RegExp };
  confession: { later: RegExp; refuse: RegExp; purpose: RegExp; homeOnly: RegExp; unless: RegExp };
  component: { part: RegExp; whole: RegExp };
  fillerSku: { sku: RegExp; lowestName: RegExp; lowestPrice: RegExp; mainPrice: RegExp; notSku: RegExp } | null;
};
/** Optional: the label words that number backend rows ("SKU 2:", "Tier 3:"), rows.yaml. */
// tierHeadings: optional, so an operator's rows.yaml written before it existed still loads.
const rowsSchema = z.object({ labels: cueList, priceLabels: cueList, tierHeadings: cueList.optional() });

export type MoqFloorCues = { [K in 'floor' | 'below' | 'refuse' | 'accepts' | 'scoped']: RegExp } & {
  gap: number;
  /** floor and below as one expression, tested on a whole line before it is cut into clauses; null when a cue could match
   *  a clause and not the line around it (see local). */
  anyFloor: RegExp | null;
};

export type ProseCues = { [K in ProseCueKey]: RegExp } & {
  attributeUnit: RegExp;
  gap: number;
  loneFreightRatio: number;
  aboveMarketRatio: number;
  wrongUnit?: RegExp;
  soldAsShown?: RegExp;
  /** A smaller order the seller says it also takes: no real minimum below the one shown. */
  alsoBelow?: RegExp;
  /** packingFee at the end of the words before an amount, and at the start of those after it (past its "/unit"). */
  packingFeeBefore?: RegExp;
  packingFeeAfter?: RegExp;
};

const wordListSchema = z.object({ en: z.array(z.string().min(1)), zh: z.array(z.string().min(1)) });

/** Optional: an operator's table of typical unit prices per category, matched on title keywords. */
const referenceSchema = z.object({
  accessoryWords: wordListSchema.optional(),
  partNouns: wordListSchema.optional(),
  categories: z.array(
    z.object({
      id: z.string(),
      keywords: z.array(z.string().min(2)).min(1),
      exclude: z.array(z.string().min(1)).optional(),
      // Accessory words this category's own products carry ("fast charging" on a power bank): they do not cancel it.
      accessoryOk: z.array(z.string().min(1)).optional(),
      // Generic names of this very product ("smartphone" for an iPhone): a title "<generic name> for <keyword>"
      // ("Unlocked Smartphone for iPhone 13 Pro Max") sells the product the keyword names, not something that fits it.
      sameAs: z.array(z.string().min(1)).optional(),
      unit: z.string(),
      usdMin: z.number().nonnegative(),
      usdMax: z.number().positive(),
      // Goods whose price follows a rating in the title ("10kWh", "5kW"): the range per unit of that rating.
      perSpec: z
        // quoted: false when nobody prices the goods per that unit (an excavator per ton, a TV per inch): a price far below
        // the range is then a false price, never a price per rating labelled as one per piece.
        // priced: the units.yaml unit a price per the rating is written in, when the rating's own symbol is none ("550W" in a
        // title, "$0.20 / Watt" on the page): such a price is compared with the range per rating.
        .object({ unit: z.string().regex(/^[A-Za-z\p{Script=Han}]{1,6}$/u, 'a rating unit such as kWh, kW, Wh, ct, 克拉'), usdMin: z.number().positive(), usdMax: z.number().positive(), quoted: z.boolean().optional(), priced: z.string().optional(), also: z.array(z.object({ unit: z.string().regex(/^[A-Za-z\p{Script=Han}]{1,6}$/u), factor: z.number().positive() })).optional() })
        .refine((s) => s.usdMax >= s.usdMin, { message: 'perSpec.usdMax must be >= perSpec.usdMin' })
        .optional(),
      // Tubes the trade prices by weight (a stainless pipe per kilogram or ton) listed per metre: the title's outer diameter
      // and wall ("φ57×3.5", "OD 60.3 x 3.91mm") give the kilograms a metre weighs, so a price per metre (or foot) converts to
      // the category's unit. density: of the metal, g/cm³; minWallMm: the thinnest wall such tubes are made with, assumed when
      // the title states a size ("2in", "DN50") but no wall, so the weight is never overstated.
      tube: z.object({ density: z.number().positive(), minWallMm: z.number().positive() }).optional(),
      // Goods the market prices by weight (gold) listed per piece with no weight on the page: the least one real piece
      // costs (the lightest item of the metal), so a price per piece can still be judged.
      perPiece: z
        .object({ usdMin: z.number().positive(), usdMax: z.number().positive() })
        .refine((s) => s.usdMax >= s.usdMin, { message: 'perPiece.usdMax must be >= perPiece.usdMin' })
        .optional(),
      // Goods counted by the piece but also priced per pack of them (gloves by the box, cups by the carton): the range for a
      // price whose unit is that pack, keyed by the pack's unit name in units.yaml. Without it every count unit is compared
      // as one piece, so a box of a hundred gloves at a glove's price would look like a fair price.
      perPack: z.record(z.string(), z.object({ usdMin: z.number().positive(), usdMax: z.number().positive() }).refine((s) => s.usdMax >= s.usdMin, { message: 'perPack usdMax must be >= usdMin' })).optional(),
      // Conductors whose metal follows their cross-section ("3x95mm²", "4平方"): the range per square millimetre of copper per
      // metre of length. With the length a roll holds in the title (perSpec's rating, "100米/卷") it sets a roll's range; without
      // one the goods are judged per metre (a price per roll of unknown length is left alone).
      perSection: z
        .object({ usdMin: z.number().positive(), usdMax: z.number().positive() })
        .refine((s) => s.usdMax >= s.usdMin, { message: 'perSection.usdMax must be >= perSection.usdMin' })
        .optional(),
      // Goods also sold by weight (jewellery of a precious metal "按克计价"): the range per gram, for prices per unit of mass.
      perGram: z
        .object({ usdMin: z.number().positive(), usdMax: z.number().positive() })
        .refine((s) => s.usdMax >= s.usdMin, { message: 'perGram.usdMax must be >= perGram.usdMin' })
        .optional(),
    }).refine((c) => c.usdMax >= c.usdMin, { message: 'usdMax must be >= usdMin' }),
  ),
  // A floor per unit of measure for goods in no category: nothing trades below it ("$1 per ton").
  unitFloors: z.array(z.object({ unit: z.string(), usdMin: z.number().positive() })).optional(),
});

export type ListingThresholds = z.infer<typeof thresholdsSchema>;

/**
 * Whether freight charged as an estimate is beyond what an estimate may vary: chargedEstimateFactor (thresholds.yaml)
 * times a real fee shown or more. Read by the page's shipping rows (judge.ts) and by a rep's own words (prose.ts).
 */
export function beyondEstimate(chargedUsd: number, shownUsd: number | null, shipping: ListingThresholds['shipping']): boolean {
  const factor = shipping.chargedEstimateFactor;
  return factor !== undefined && shownUsd !== null && shownUsd > 0 && chargedUsd >= factor * shownUsd;
}

export interface ListingRules {
  thresholds: ListingThresholds;
  clauses: Map<string, { text: string; en: string }>;
  /** The clause each kind cites. */
  clauseOf(kind: ListingKind): { text: string; en: string };
  /** Unit lookup by lower-cased name; English names also resolve by prefix (truncated cells). */
  unitByName: Map<string, Omit<Unit, 'label'>>;
  enUnitNames: string[];
  zhUnitNames: string[];
  /** The names of units.yaml's perOnly units, longest first: read after "/" or "per" only. */
  perUnitNames: string[];
  fillerEn: RegExp;
  fillerZh: string[];
  /** A word of fillerZh in the name (one regex of them all). */
  fillerZhIn: (name: string) => boolean;
  /** Lower-cased words that, as a SKU's whole name, name no variant of the product (sku.yaml fee, filler, part, accessory). */
  bareAccessoryNames: Set<string>;
  /** The part or accessory word a SKU name holds ("drill bit", "手柄"), if any (sku.yaml partNames). */
  partOf: (name: string) => string | null;
  /** SKU names that are never a product (fee or postage links, fractional quantities, accessory only). */
  isFeeName: (name: string) => boolean;
  /** A SKU that sells a part or the packaging alone, without the product (sku.yaml soloNames). */
  isSoloName: (name: string) => boolean;
  /** A SKU name that labels itself a part, spare or consumable ("（配件）", "Spare ..."), sku.yaml partLabels. */
  isLabelledPart: (name: string) => boolean;
  /** A line saying the listing's parts and accessories are sold on their own, at its terms (sku.yaml soldAloneNotes). */
  saysPartsSoldAlone: (line: string) => boolean;
  /** A line denying that the parts or add-ons are sold on their own (sku.yaml notSoldAloneNotes). */
  saysPartsNotSoldAlone: (line: string) => boolean;
  /** An option heading that names quality grades ("Grade", "等级"), sku.yaml grades.headings. */
  isGradeHeading: (label: string) => boolean;
  /** A SKU name that names a quality grade ("Grade B", "特级"), sku.yaml grades.names. */
  isGradeName: (name: string) => boolean;
  /** A one-off customisation charge ("Custom logo fee", "开模费"), sku.yaml setupCharges. */
  isSetupCharge: (name: string) => boolean;
  /** Goods sold by the piece, and words that make a title bulk goods after all (products.yaml). */
  soldByCount: (title: string) => boolean;
  /** The title without what the goods are used for ("PU Glue for Shoes" -> "PU Glue"), products.yaml usedFor. */
  goodsName: (title: string) => string;
  /** A bulk word in the title (products.yaml bulk): cable, fabric, used goods in bales, by weight. */
  isBulk: (title: string) => boolean;
  /** Goods printed or made to the buyer's design, by their title (products.yaml madeToOrder). */
  madeToOrder: (title: string) => boolean;
  /** A stock lot or clearance goods, by their title (products.yaml stockLot). */
  isStockLot: (title: string) => boolean;
  /** Goods worn or used in pairs (products.yaml soldInPairs): "按只计价" on them prices one of a pair. */
  isSoldInPairs: (title: string) => boolean;
  /** A device (by a word or an electrical rating in the title) that is no bulk goods: sold by count, never by weight. */
  isDevice: (title: string) => boolean;
  /** Goods quoted per watt of their rating (products.yaml quotedPerWatt): a price per watt is their unit. */
  quotedPerWatt: (title: string) => boolean;
  /** The reference-price category a title belongs to, if a table is configured and one matches. */
  referenceFor: ((title: string) => MatchedCategory | null) | null;
  /** Floors per unit of measure from the reference table, for goods in no category (empty without a table). */
  unitFloors: { unit: string; usdMin: number }[];
  /** The role of a CSV header cell (csv.yaml), if any; null without the file. */
  csvRole: ((header: string) => CsvRole | null) | null;
  /** Cue words for a rep's own description of a listing (prose.yaml); null without the file. */
  prose: ProseCues | null;
  /** Cues for an MOQ its own listing's sentences contradict (contradictions.yaml); null without the file. */
  moqFloor: MoqFloorCues | null;
  /** A numbered row's label word, whole (rows.yaml), and a gate finding any such row in a text; null without the file. */
  rowLabel: { word: RegExp; gate: RegExp } | null;
  /** Cues for free shipping its own listing's sentences take back (contradictions.yaml freightLater); null without them. */
  freightLater: { later: RegExp; none: RegExp } | null;
  /** Words ending where the quantity a remark says the price is for begins (contradictions.yaml priceForUnit); global. */
  priceForUnit: RegExp | null;
  /** Words saying freight is folded into the goods' price (contradictions.yaml freightInPrice); null without them. */
  freightInPrice: RegExp | null;
  /** Prices said to be replaced or removed (contradictions.yaml replaced); null without them. */
  replaced: { old: RegExp; lineOld: RegExp; now: RegExp } | null;
  /** Cues for the rep's own admission that a value shown is not the real one (admissions.yaml); null without the file. */
  admissions: AdmissionCues | null;
  /** Cues for a value shown set against the one really applied (shown-real.yaml); null without the file. */
  shownReal: ShownRealCues | null;
  /** A price field whose value is bare numbers ("Price range: 0.01 - 0.02"), its label and value captured (rows.yaml). */
  barePriceField: RegExp | null;
  /** A heading line over price-tier rows whose amounts are bare numbers (rows.yaml tierHeadings); null without it. */
  tierHeading: RegExp | null;
}

export type ReferenceCategory = z.infer<typeof referenceSchema>['categories'][number];
/** A category as matched to a title: a perSpec range already scaled by the title's rating, which is kept; packOf: the range per
 * piece of a category judged per pack (perPack), kept to tell a piece's price shown per pack. */
export type MatchedCategory = ReferenceCategory & { rating?: number; packOf?: { unit: string; usdMin: number; usdMax: number; label: string }; metreKg?: number };

export class ListingRulesError extends Error {
  readonly code = 'listing_rules_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'ListingRulesError';
  }
}

function readYaml<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): z.infer<S> {
  return readYamlFile(join(dir, file), schema as z.ZodType<z.infer<S>>, { shownAs: file, error: (m) => new ListingRulesError(m) });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whether a string holds any of the words, as one regex of them all: a list of Chinese words tested one includes() at a
 * time cost a scan of the string per word (soldByCount's hundred words were the dearest test of a title). Null: no words.
 */
const anyOf = (ws: string[]): RegExp | null => (ws.length ? new RegExp(ws.map(escapeRe).join('|')) : null);

export function loadListingRules(dir = DEFAULT_LISTING_RULES_DIR): ListingRules {
  const clausesFile = readYaml(dir, 'clauses.yaml', clausesSchema);
  const thresholds = readYaml(dir, 'thresholds.yaml', thresholdsSchema);
  const units = readYaml(dir, 'units.yaml', unitsSchema);
  const sku = readYaml(dir, 'sku.yaml', skuSchema);
  const products = readYaml(dir, 'products.yaml', productsSchema);
  // (plural: English names also in the plural, "Wooden Toys", "Office Chairs")
  const words = (l: z.infer<typeof wordList>, plural = false) => {
    const en = new RegExp(`\\b(?:${l.en.map(escapeRe).join('|')})${plural ? '(?:s|es)?' : ''}\\b`, 'i');
    const zh = anyOf(l.zh);
    return (s: string) => en.test(s) || Boolean(zh?.test(s));
  };
  const countWords = words(products.soldByCount, true);
  let usedFor: RegExp | null = null;
  try {
    usedFor = products.usedFor?.length ? fastEdges(new RegExp(products.usedFor.join('|'), 'giu')) : null;
  } catch (err) {
    throw new ListingRulesError(`products.yaml: usedFor: ${(err as Error).message}`);
  }
  const goodsName = (title: string) => (usedFor ? title.replace(usedFor, ' ') : title);
  // A bulk word the title says the goods are free of ("Oil Free Air Fryer", "BPA-free", "无油空气炸锅") names no bulk goods.
  const NOT_FREE = String.raw`(?![\s-]*(?:free|less)\b)`;
  const NOT_WITHOUT = '(?<!无|不含|免)';
  const bulkEn = new RegExp(`\\b(?:${products.bulk.en.map(escapeRe).join('|')})\\b${NOT_FREE}`, 'i');
  const bulkZh = products.bulk.zh.length ? new RegExp(`${NOT_WITHOUT}(?:${products.bulk.zh.map(escapeRe).join('|')})`) : null;
  const bulkWords = (s: string) => bulkEn.test(s) || Boolean(bulkZh?.test(s));
  // Where a word list last matches in a title (-1: nowhere): the head noun of a title comes last.
  const lastAt = (l: z.infer<typeof wordList>, absent = false) => {
    const en = new RegExp(`\\b(?:${l.en.map(escapeRe).join('|')})\\b${absent ? NOT_FREE : ''}`, 'gi');
    // Every place a Chinese word starts (a lookahead, so words that overlap are all found): the last of them is the
    // largest lastIndexOf of any word, in one scan instead of one per word.
    const zh = l.zh.length ? new RegExp(`${absent ? NOT_WITHOUT : ''}(?=${l.zh.map(escapeRe).join('|')})`, 'g') : null;
    return (s: string) => {
      let at = -1;
      for (const m of s.matchAll(en)) at = Math.max(at, m.index!);
      if (zh) {
        zh.lastIndex = 0;
        for (let m = zh.exec(s); m; m = zh.exec(s)) {
          at = Math.max(at, m.index);
          zh.lastIndex = m.index + 1;
        }
      }
      return at;
    };
  };
  const bulkAt = lastAt(products.bulk, true);
  const deviceWords = products.devices ? words(products.devices) : () => false;
  const machineAt = products.devices?.machines ? lastAt(products.devices.machines) : () => -1;
  // phrases to blank out of a title before a word list reads it (English as whole words), or null when none are given
  const phrasesToBlank = (l: z.infer<typeof wordList> | undefined) =>
    l && l.en.length + l.zh.length ? new RegExp([...l.en.map((w) => `\\b${escapeRe(w)}\\b`), ...l.zh.map(escapeRe)].join('|'), 'gi') : null;
  const notMachines = phrasesToBlank(products.devices?.notMachines);
  const notMadeToOrder = phrasesToBlank(products.notMadeToOrder);
  let deviceRating: RegExp | null = null;
  try {
    deviceRating = products.devices ? new RegExp(products.devices.rating, 'i') : null;
  } catch (err) {
    throw new ListingRulesError(`products.yaml: devices.rating: ${(err as Error).message}`);
  }
  const csv = existsSync(join(dir, 'csv.yaml')) ? readYaml(dir, 'csv.yaml', csvSchema) : null;
  const csvRoles = csv ? CSV_ROLES.filter((r) => csv.columns[r]).map((r) => [r, csv.columns[r]!.map((x) => new RegExp(x, 'i'))] as const) : [];
  const proseFile = existsSync(join(dir, 'prose.yaml')) ? readYaml(dir, 'prose.yaml', proseSchema) : null;
  const prose: ProseCues | null = proseFile
    ? {
        ...(Object.fromEntries(
          PROSE_CUE_KEYS.map((k) => [k, fastEdges(new RegExp(proseFile[k], 'iu'))]),
        ) as { [K in ProseCueKey]: RegExp }),
        ...(proseFile.soldAsShown ? { soldAsShown: new RegExp(proseFile.soldAsShown, 'iu') } : {}),
        ...(proseFile.alsoBelow ? { alsoBelow: new RegExp(proseFile.alsoBelow, 'iu') } : {}),
        ...(proseFile.wrongUnit ? { wrongUnit: fastEdges(new RegExp(proseFile.wrongUnit, 'iu')) } : {}),
        ...(proseFile.packingFee
          ? {
              packingFeeBefore: new RegExp(String.raw`(?:${proseFile.packingFee})\s*(?:[:：]|is|of|为|是)?\s*$`, 'iu'),
              packingFeeAfter: new RegExp(String.raw`^\s*(?:(?:\/|per\s+|each\s+|a\s+|每)\s*\p{L}+\s*)?(?:的)?\s*(?:${proseFile.packingFee})`, 'iu'),
            }
          : {}),
        // "$0.0004/mAh", "$0.02 per hour", "$0.08/cm": a price per unit of one item's property.
        attributeUnit: new RegExp(String.raw`^\s*(?:\/|per\s|每)\s*(?:${proseFile.attributeUnits.join('|')})(?![A-Za-z])`, 'iu'),
        gap: proseFile.gap,
        loneFreightRatio: proseFile.loneFreightRatio,
        aboveMarketRatio: proseFile.aboveMarketRatio,
      }
    : null;
  const contradictions = existsSync(join(dir, 'contradictions.yaml')) ? readYaml(dir, 'contradictions.yaml', contradictionsSchema) : null;
  // A cue list of the file as one expression: any of its alternatives may match.
  // (each with its word-opening boundaries in the form V8 runs fast: word-edges.ts)
  const cue = (list: string[], flags = 'iu') => fastEdges(new RegExp(list.join('|'), flags));
  const moqFloor: MoqFloorCues | null = contradictions
    ? {
        ...(Object.fromEntries((['floor', 'below', 'refuse', 'accepts', 'scoped'] as const).map((k) => [k, cue(contradictions.moqFloor[k])])) as Omit<MoqFloorCues, 'gap' | 'anyFloor'>),
        gap: contradictions.moqFloor.gap,
        // (speed: a clause can state a floor only if its line matches floor or below, so a line matching neither is passed
        // over before the accepts cue, the label and the sentence and clause splits; most lines with a digit name no floor)
        anyFloor: [...contradictions.moqFloor.floor, ...contradictions.moqFloor.below].every(local) ? cue([...contradictions.moqFloor.floor, ...contradictions.moqFloor.below]) : null,
      }
    : null;
  const later = contradictions?.freightLater;
  const freightLater = later ? { later: cue(later.later), none: cue(later.none) } : null;
  const priceForUnit = contradictions?.priceForUnit ? cue(contradictions.priceForUnit, 'giu') : null;
  const freightInPrice = contradictions?.freightInPrice ? cue(contradictions.freightInPrice) : null;
  const rep = contradictions?.replaced;
  const replaced = rep ? { old: cue(rep.old, 'giu'), lineOld: cue(rep.lineOld, 'gimu'), now: cue(rep.now) } : null;
  const adm = existsSync(join(dir, 'admissions.yaml')) ? readYaml(dir, 'admissions.yaml', admissionsSchema) : null;
  const admissions: AdmissionCues | null = adm
    ? {
        ...(Object.fromEntries((['notReal', 'pullsDown', 'chargedLater', 'raisedLater', 'shownFree', 'referenceOnly', 'amount', 'otherUnit', 'honest'] as const).map((k) => [k, cue(adm[k])])) as Omit<AdmissionCues, 'topics' | 'gate'>),
        gate: { zh: new RegExp(adm.gate.zh, 'u'), en: new RegExp(adm.gate.en, 'i') },
        topics: adm.topics.map((x) => ({ kind: x.kind, cue: cue(x.cue) })),
      }
    : null;
  const sr = existsSync(join(dir, 'shown-real.yaml')) ? readYaml(dir, 'shown-real.yaml', shownRealSchema) : null;
  const shownReal: ShownRealCues | null = sr
    ? {
        attributes: sr.attributes.map((x) => ({ kind: x.kind, cue: cue(x.cue) })),
        // (and none matches an empty label, which every clause of a sentence is read under)
        anyAttribute: sr.attributes.every((x) => x.cue.every(local)) ? nonEmpty(cue(sr.attributes.flatMap((x) => x.cue))) : null,
        shown: cue(sr.shown),
        real: cue(sr.real),
        realLocal: sr.real.every(local),
        confessionLocal: [...sr.shown, ...sr.confession.purpose, ...sr.confession.homeOnly, ...sr.confession.later, ...sr.confession.refuse].every(local),
        honest: cue(sr.honest),
        gap: sr.gap,
        ...(sr.moqInflated ? { moqInflated: { gap: sr.moqInflated.gap, deter: cue(sr.moqInflated.deter) } } : {}),
        confession: { later: cue(sr.confession.later), refuse: cue(sr.confession.refuse), purpose: cue(sr.confession.purpose), homeOnly: cue(sr.confession.homeOnly), unless: cue(sr.confession.unless) },
        component: { part: cue(sr.component.part), whole: cue(sr.component.whole) },
        fillerSku: sr.fillerSku ? { sku: cue(sr.fillerSku.sku), lowestName: cue(sr.fillerSku.lowestName), lowestPrice: cue(sr.fillerSku.lowestPrice), mainPrice: cue(sr.fillerSku.mainPrice), notSku: cue(sr.fillerSku.notSku) } : null,
      }
    : null;
  const rows = existsSync(join(dir, 'rows.yaml')) ? readYaml(dir, 'rows.yaml', rowsSchema) : null;
  const rowWords = rows ? `(?:${rows.labels.join('|')})` : '';
  const rowLabel = rows ? { word: new RegExp(`^${rowWords}$`, 'iu'), gate: new RegExp(`(?:^|\\n)[ \\t]*${rowWords}\\s*#?\\s*\\d`, 'iu') } : null;
  const barePriceField = rows
    ? // ("Pricing: Range 3.00 – 5.00 USD / Piece", "Price: 2.50 – 6.00 / Carat": the word "range", a dash of any width, the
      // currency's code after the amounts and the unit they are per are read too; the unit is kept, the code dropped)
      new RegExp(String.raw`^([ \t]*(?:${rows.priceLabels.join('|')})\s*[:：]\s*(?:range\s+|区间\s*)?)(\d[\d,]*(?:\.\d+)?(?:\s*(?:-|–|—|~|to)\s*\d[\d,]*(?:\.\d+)?)?)(?:\s*(?:USD|美元|美金))?(\s*\/\s*[A-Za-z\p{Script=Han}]+)?\s*$`, 'gimu')
    : null;
  // A heading that says the rows under it are price tiers ("Pricing mode: Tiered", "价格类型：阶梯价"), a whole line.
  const tierHeading = rows?.tierHeadings?.length ? new RegExp(String.raw`^[ \t]*(?:${rows.tierHeadings.join('|')})[ \t]*$`, 'imu') : null;
  const reference = existsSync(join(dir, 'reference-prices.yaml')) ? readYaml(dir, 'reference-prices.yaml', referenceSchema) : null;

  const clauses = new Map(clausesFile.clauses.map((c) => [c.id, { text: c.text, en: c.en }]));
  for (const kind of LISTING_KINDS) {
    const ref = thresholds.kinds[kind]?.clause;
    if (!ref) throw new ListingRulesError(`thresholds.yaml: kinds.${kind} is missing`);
    if (!clauses.has(ref)) throw new ListingRulesError(`thresholds.yaml: kinds.${kind} cites unknown clause ${ref}`);
  }
  const unitByName = new Map<string, Omit<Unit, 'label'>>();
  for (const u of units.units) for (const n of u.names) unitByName.set(n.toLowerCase(), { id: u.id, dim: u.dim, base: u.base });
  const isHan = (s: string) => /\p{Script=Han}|㎡/u.test(s);
  const perOnly = new Set(units.units.filter((u) => u.perOnly).flatMap((u) => u.names.map((n) => n.toLowerCase())));
  const names = [...unitByName.keys()].filter((n) => !perOnly.has(n));
  return {
    thresholds,
    clauses,
    clauseOf: (kind) => clauses.get(thresholds.kinds[kind]!.clause)!,
    unitByName,
    enUnitNames: names.filter((n) => !isHan(n)).sort((a, b) => b.length - a.length),
    zhUnitNames: names.filter(isHan).sort((a, b) => b.length - a.length),
    perUnitNames: [...perOnly].sort((a, b) => b.length - a.length),
    fillerEn: new RegExp(`\\b(?:${sku.fillerNames.en.map(escapeRe).join('|')})s?\\b`, 'i'),
    fillerZh: sku.fillerNames.zh,
    fillerZhIn: ((zh) => (name: string) => Boolean(zh?.test(name)))(anyOf(sku.fillerNames.zh)),
    bareAccessoryNames: new Set([sku.feeNames, sku.fillerNames, sku.partNames, sku.accessoryNames ?? { en: [], zh: [] }].flatMap((l) => [...l.en, ...l.zh].map((w) => w.toLowerCase()))),
    partOf: partMatcher(sku.partNames),
    isFeeName: feeMatcher(sku.feeNames),
    isSoloName: feeMatcher({ en: [], zh: [], patterns: sku.soloNames ?? [] }),
    isLabelledPart: feeMatcher({ en: sku.partLabels?.en ?? [], zh: sku.partLabels?.zh ?? [], patterns: [] }),
    saysPartsSoldAlone: feeMatcher({ en: [], zh: [], patterns: sku.soldAloneNotes ?? [] }),
    saysPartsNotSoldAlone: feeMatcher({ en: [], zh: [], patterns: sku.notSoldAloneNotes ?? [] }),
    isGradeHeading: (label) => (sku.grades?.headings ?? []).includes(label.trim().toLowerCase()),
    isGradeName: feeMatcher({ en: [], zh: [], patterns: sku.grades?.names ?? [] }),
    isSetupCharge: feeMatcher({ en: sku.setupCharges?.en ?? [], zh: sku.setupCharges?.zh ?? [], patterns: [] }),
    soldByCount: (title) => countWords(goodsName(title)) && !bulkWords(title),
    goodsName,
    isBulk: bulkWords,
    madeToOrder: products.madeToOrder ? ((m) => (title: string) => m(notMadeToOrder ? title.replace(notMadeToOrder, ' ') : title))(words(products.madeToOrder)) : () => false,
    isStockLot: products.stockLot ? words(products.stockLot) : () => false,
    isSoldInPairs: products.soldInPairs ? words(products.soldInPairs, true) : () => false,
    // "Sheet Metal Bending Machine": a device word after the bulk words names a machine for that material.
    isDevice: (raw) => {
      const title = notMachines ? raw.replace(notMachines, ' ') : raw;
      const bulk = bulkAt(title);
      return machineAt(title) > bulk || (bulk < 0 && (deviceWords(title) || Boolean(deviceRating?.test(title))));
    },
    // Without the list every device may be priced per watt, as before the list existed.
    quotedPerWatt: products.quotedPerWatt ? words(products.quotedPerWatt) : () => true,
    referenceFor: reference ? referenceMatcher(reference, unitByName) : null,
    unitFloors: reference?.unitFloors ?? [],
    prose,
    admissions,
    shownReal,
    moqFloor,
    rowLabel,
    freightLater,
    priceForUnit,
    freightInPrice,
    replaced,
    barePriceField,
    tierHeading,
    csvRole: csv ? (header) => csvRoleOf(header.trim(), csvRoles) : null,
  };
}

/** A CSV header cell's role (csv.yaml columns): the whole cell's, or, for a cell naming its column in two languages ("unit
 *  单位", "标题 title", "单位(unit)"), the role one of its halves names, the English first. */
function csvRoleOf(header: string, roles: readonly (readonly [CsvRole, RegExp[]])[]): CsvRole | null {
  const of = (h: string) => roles.find(([, res]) => res.some((re) => re.test(h)))?.[0] ?? null;
  const whole = of(header);
  if (whole) return whole;
  const two = BILINGUAL_HEADER.exec(header);
  if (!two) return null;
  const en = two[1] ?? two[4]!;
  const zh = two[2] ?? two[3]!;
  return of(en.trim()) ?? of(zh);
}
// "unit 单位", "unit/单位", "unit (单位)" or "单位 unit", "单位（unit）": an English name and a Chinese one, in either order.
const BILINGUAL_HEADER = /^(?:([A-Za-z][A-Za-z _.-]*?)\s*[/|]?\s*[(（]?\s*(\p{Script=Han}+)\s*[)）]?|(\p{Script=Han}+)\s*[/|]?\s*[(（]?\s*([A-Za-z][A-Za-z _.-]*?)\s*[)）]?)$/u;

function referenceMatcher(table: z.infer<typeof referenceSchema>, unitByName: Map<string, { dim: string }>): (title: string) => MatchedCategory | null {
  const isHan = (w: string) => /\p{Script=Han}/u.test(w);
  const matcher = (all: string[]): ((t: string) => boolean) => {
    // "automatic+watch": every part must appear, in any order (a title puts words between them).
    const together = all.filter((w) => w.includes('+')).map((w) => w.split('+').map((x) => x.trim()).filter(Boolean).map((x) => matcher([x])));
    const words = all.filter((w) => !w.includes('+'));
    const one = plain(words);
    return (t: string) => one(t) || together.some((parts) => parts.every((m) => m(t)));
  };
  const plain = (words: string[]) => {
    const en = words.filter((w) => !isHan(w));
    const re = en.length ? new RegExp(`\\b(?:${en.map(escapeRe).join('|')})s?\\b`, 'i') : null;
    // Chinese keywords may hold Latin letters ("t恤", "a4纸"): matched without regard to case, as the English ones are.
    const zh = words.filter(isHan).map((w) => w.toLowerCase());
    const cased = zh.some((w) => /[a-z]/.test(w));
    const zhRe = anyOf(zh);
    return (t: string) => {
      if (re?.test(t)) return true;
      if (!zhRe) return false;
      return zhRe.test(cased ? t.toLowerCase() : t);
    };
  };
  for (const c of table.categories) {
    if (!unitByName.has(c.unit.toLowerCase())) throw new ListingRulesError(`reference-prices.yaml: ${c.id} has unknown unit ${c.unit}`);
  }
  for (const c of table.categories) {
    if (c.perSpec?.priced && !unitByName.has(c.perSpec.priced.toLowerCase())) throw new ListingRulesError(`reference-prices.yaml: ${c.id} perSpec.priced names ${c.perSpec.priced}, which units.yaml does not`);
    for (const u of Object.keys(c.perPack ?? {})) {
      const unit = unitByName.get(u.toLowerCase());
      if (!unit || unit.dim !== 'count') throw new ListingRulesError(`reference-prices.yaml: ${c.id} perPack names ${u}, which is no count unit of units.yaml`);
    }
  }
  for (const f of table.unitFloors ?? []) {
    if (!unitByName.has(f.unit.toLowerCase())) throw new ListingRulesError(`reference-prices.yaml: unitFloors has unknown unit ${f.unit}`);
  }
  const accessoryList = [...(table.accessoryWords?.en ?? []), ...(table.accessoryWords?.zh ?? [])];
  // Accessory words, each tested only when the title holds its longest word (Chinese ones by substring): one regex
  // of a hundred alternatives per title cost more than the rest of the lookup.
  const accessoryEntries = accessoryList.map((w) => ({ w, lead: isHan(w) ? null : longestWord(w), test: matcher([w]) }));
  // ... the English ones looked up by the title's words, the Chinese ones only when the title holds one of them; and the
  // category's allowed words (an array) read only for a word found.
  const zhAccessories = accessoryEntries.filter((e) => e.lead === null);
  const anyZhAccessory = anyOf(zhAccessories.map((e) => e.w));
  const accessoriesByLead = new Map<string, typeof accessoryEntries>();
  for (const e of accessoryEntries) if (e.lead) accessoriesByLead.set(e.lead, [...(accessoriesByLead.get(e.lead) ?? []), e]);
  // (a title is read for accessories once per category it matches: its words are split once)
  let wordsOf = { t: '', words: new Set<string>() };
  const accessoryOf = (t: string, allowed?: string[]): boolean => {
    if (anyZhAccessory?.test(t) && zhAccessories.some((e) => t.includes(e.w) && !allowed?.includes(e.w))) return true;
    if (wordsOf.t !== t) wordsOf = { t, words: wordSet(t) };
    for (const w of wordsOf.words) for (const e of accessoriesByLead.get(w) ?? []) if (e.test(t) && !allowed?.includes(e.w)) return true;
    return false;
  };
  // A part noun after the product's own name ("Forklift Wheel Hub Bolt", "叉车倾斜油缸"): the title sells a part of that product
  // (reference-prices.yaml partNouns), not the product. Each keyword's first word is found once, in lower case.
  // (the English nouns as one expression: any of them at any place, as testing each in turn finds)
  const partEnWords = table.partNouns?.en ?? [];
  const partEn = partEnWords.length ? new RegExp(`\\b(?:${partEnWords.map(escapeRe).join('|')})s?\\b`, 'i') : null;
  const partZh = table.partNouns?.zh ?? [];
  const partAfterHost = (t: string, leads: string[]): boolean => {
    if (!partEn && !partZh.length) return false;
    const lower = t.toLowerCase();
    let end = -1;
    for (const lead of leads) {
      const at = lower.indexOf(lead);
      if (at >= 0 && (end < 0 || at + lead.length < end)) end = at + lead.length;
    }
    if (end < 0) return false;
    const rest = t.slice(end);
    return partZh.some((w) => rest.includes(w)) || Boolean(partEn?.test(rest));
  };
  const cats = table.categories.map((c) => ({
    c,
    out: matcher(c.exclude ?? []),
    // null: the table's accessory words apply as they are.
    accessoryOk: c.accessoryOk?.length ? c.accessoryOk : undefined,
    sameAs: c.sameAs?.length ? matcher(c.sameAs) : undefined,
    // The nouns its English keywords end on ("bucket" of "excavator bucket", "drone" of "gps+drone"): the thing it is.
    heads: c.keywords.filter((w) => !isHan(w)).map((w) => lastWord(w)).filter((w): w is string => Boolean(w)),
    // Each keyword's first word in lower case, the name partAfterHost finds in a title (cut once, not per title).
    leads: c.keywords.map((kw) => kw.split('+')[0]!.trim().toLowerCase()),
  }));
  // Each keyword on its own, found through an index: English keywords by their longest word (the rarest: "phase" of
  // "3 phase motor", "shirt" of "t-shirt"), Chinese ones by their first character. A title then costs a few set
  // lookups and the tests of the few keywords that share a word with it, however large the table.
  const enIndex = new Map<string, { k: number; test: (t: string, words: Set<string>) => boolean }[]>();
  const zhIndex = new Map<string, { word: string; k: number; test: (t: string, words: Set<string>) => boolean }[]>();
  table.categories.forEach((c, k) => {
    for (const kw of c.keywords) {
      const lead = kw.split('+')[0]!.trim();
      const loose = looseKeyword(kw);
      // Plain words in any order are looked up in the title's word set (one set lookup each, no regex).
      const parts = loose === kw ? null : loose.split('+').map((w) => w.toLowerCase());
      const test = parts?.every((w) => /^[a-z0-9]+$/.test(w)) ? (_t: string, words: Set<string>) => parts.every((w) => words.has(w)) : matcher([loose]);
      if (isHan(lead)) zhIndex.set(lead[0]!.toLowerCase(), [...(zhIndex.get(lead[0]!.toLowerCase()) ?? []), { word: lead.toLowerCase(), k, test }]);
      else {
        const w = longestWord(lead);
        if (w) enIndex.set(w, [...(enIndex.get(w) ?? []), { k, test }]);
      }
    }
  });
  // Looked up by the character's code: no one-character string per character of the title.
  const zhByCode = new Map([...zhIndex].map(([ch, es]) => [ch.charCodeAt(0), es]));
  // ... after a table lookup of whether any keyword starts with the character at all (most characters start none).
  const startsKeyword = new Uint8Array(0x10000);
  for (const code of zhByCode.keys()) startsKeyword[code] = 1;
  // A rating in a title: a number and its unit ("10kWh", "100 kVA"), not part of a longer number or word.
  const ratingRe = (unit: string) => new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*${unit}(?![A-Za-z])`, 'gi');
  // (a rating in "DN" is a nominal pipe size, written before its number and also in inches: nominalSize)
  const specRe = new Map(table.categories.filter((c) => c.perSpec && c.perSpec.unit !== 'DN').map((c) => [c.id, ratingRe(c.perSpec!.unit)]));
  // Other units the same rating is written in ("100kVA" for a generator rated in kW), each with what one of it is in the
  // category's unit (perSpec.also).
  const alsoRe = new Map(
    table.categories
      .filter((c) => c.perSpec?.also?.length)
      .map((c) => [c.id, c.perSpec!.also!.map((a) => ({ re: ratingRe(a.unit), factor: a.factor }))]),
  );
  return (title) => {
    if (!title) return null;
    // "Battery Cell for Ebike Pack", "Brake Pads for Toyota", "适用于iPhone 15": what follows "for" is what the product
    // fits, not the product.
    // ("适用丰田卡罗拉 2014-2019 前刹车盘": a Chinese title may name the vehicle or device it fits first, then the product; only
    // that first word is what it fits)
    const led = LEAD_FOR.test(title) ? title.replace(LEAD_FOR, ' ') : title;
    const forless = led.replace(FOR_PART, ' ');
    // The look-alike pattern starts at every word: tried only when one of its words is there.
    const subject = LOOKALIKE_HINT.test(forless) ? forless.replace(LOOKALIKE, ' ') : forless;
    const words = wordSet(title);
    const subjectWords = subject === title ? words : wordSet(subject);
    const hits = new Set<number>();
    if (forless !== title) {
      // "Smartphone for iPhone 13": the words before "for" are a generic name of the product after it (sameAs).
      const forWords = wordSet(led.slice(led.length - (led.match(FOR_PART)?.[0].length ?? 0)));
      for (const w of forWords) {
        for (const e of enIndex.get(w) ?? []) {
          const same = cats[e.k]!.sameAs;
          if (same && !hits.has(e.k) && e.test(title, words) && same(subject) && !cats[e.k]!.out(title) && !accessoryOf(subject)) hits.add(e.k);
        }
      }
    }
    for (const w of words) {
      const es = enIndex.get(w);
      if (es) for (const e of es) if (!hits.has(e.k) && e.test(subject, subjectWords)) hits.add(e.k);
    }
    // (every Chinese keyword holds a Han character, so a title without one holds none of them: its characters are not looked
    // up, though keywords such as "t恤" and "a4纸" are indexed by a Latin letter every English title is full of)
    const lower = isHan(title) ? title.toLowerCase() : '';
    for (let i = 0; i < lower.length; i++) {
      // (most characters start no keyword: no empty array for them)
      const code = lower.charCodeAt(i);
      const zs = startsKeyword[code] ? zhByCode.get(code) : undefined;
      if (zs) for (const z of zs) if (!hits.has(z.k) && lower.startsWith(z.word, i) && z.test(subject, subjectWords)) hits.add(z.k);
    }
    if (!hits.size) return null;
    // What comes with the product ("Street Light with Remote", "灯带 带遥控", "Excavator with 1.0m3 Bucket") and services
    // ("Private Label") do not make it an accessory, nor one of the goods a category excludes, nor the thing it comes with
    // (a "Excavator with Bucket" is an excavator, not a bucket). The first category in the table's order wins.
    const own = title.replace(WITH_PART, ' ').replace(SERVICE_PART, ' ').replace(PACKED_PART, ' ').replace(MODEL_CODE, ' ').replace(SACKED_PART, ' ');
    let isAccessory: boolean | undefined;
    const fits = (x: (typeof cats)[number]) => !x.out(own) && !(x.accessoryOk ? accessoryOf(own, x.accessoryOk) : (isAccessory ??= accessoryOf(own))) && !partAfterHost(own, x.leads);
    // A category whose thing is named only in the with-part ("Excavator with 1.0m3 Bucket" is no bucket) after one that is
    // named before it; a with-part that only qualifies the thing ("Camera Drone with GPS", a "gps+drone") keeps its rank.
    const ownWords = own === title ? null : wordSet(own.replace(FOR_PART, ' '));
    // (the categories are tried in the table's order and the tests stop at the one chosen: the first that fits, or with a
    // with-part the first that fits and names its thing outside it, else the first that fits; each test reads the title alone)
    let first: (typeof cats)[number] | undefined;
    let named: (typeof cats)[number] | undefined;
    for (const k of [...hits].sort((a, b) => a - b)) {
      const x = cats[k]!;
      if (!fits(x)) continue;
      first ??= x;
      if (!ownWords || !x.heads.length || x.heads.some((h) => ownWords.has(h))) {
        named = ownWords ? x : undefined;
        break;
      }
    }
    const c = named?.c ?? first?.c;
    if (c?.perSection) {
      // The copper a title's cross-section holds: cores times the section of each ("3x95mm2" is 285 mm2; "4平方" 4 mm2).
      const sec = CROSS_SECTION.exec(title);
      if (sec) {
        const mm2 = Number(sec[1] ?? 1) * Number(sec[2]);
        let metres = 0;
        if (c.perSpec) for (const m of title.matchAll(specRe.get(c.id)!)) metres = Math.max(metres, Number(m[1]));
        if (mm2 > 0 && metres > 0) return { ...c, id: `${c.id} ${mm2} mm2 x ${metres} m`, usdMin: c.perSection.usdMin * mm2 * metres, usdMax: c.perSection.usdMax * mm2 * metres, perSpec: undefined, rating: mm2 * metres };
        if (mm2 > 0) return { ...c, id: `${c.id} ${mm2} mm2`, unit: 'meter', usdMin: c.perSection.usdMin * mm2, usdMax: c.perSection.usdMax * mm2, perSpec: undefined, rating: mm2 };
      }
    }
    if (c?.tube) {
      const metreKg = tubeMetreKg(title, c.tube);
      if (metreKg) return { ...c, id: `${c.id} ${round2(metreKg)} kg/m`, metreKg };
    }
    if (!c?.perSpec) return c ?? null;
    // The largest rating in the title ("48V 200Ah 10kWh" -> 10 kWh) scales the per-rating range; none, the plain range.
    let rating = 0;
    if (c.perSpec.unit === 'DN') rating = nominalSize(title);
    else for (const m of title.matchAll(specRe.get(c.id)!)) rating = Math.max(rating, Number(m[1]));
    for (const a of alsoRe.get(c.id) ?? []) for (const m of title.matchAll(a.re)) rating = Math.max(rating, Number(m[1]) * a.factor);
    // A battery rated by voltage and charge ("48V 100Ah") holds their product in watt-hours (4.8 kWh).
    if (!rating && /^k?wh$/i.test(c.perSpec.unit)) {
      const volts = /(?<![\d.])(\d+(?:\.\d+)?)\s*V(?![A-Za-z])/i.exec(title);
      const amps = /(?<![\d.])(\d+(?:\.\d+)?)\s*Ah(?![A-Za-z])/i.exec(title);
      if (volts && amps) rating = (Number(volts[1]) * Number(amps[1])) / (/^kwh$/i.test(c.perSpec.unit) ? 1000 : 1);
    }
    if (!rating) return c;
    return { ...c, id: `${c.id} ${rating} ${c.perSpec.unit}`, usdMin: c.perSpec.usdMin * rating, usdMax: c.perSpec.usdMax * rating, rating };
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

// A pipe's or valve's nominal size in DN (millimetres): "DN150", "dn 50"; inches as the trade converts them, 25 to the inch
// ("1/2\"", "2in", "1-1/2 inch", "4寸"); an outer diameter ("φ57", "Φ89", "OD 60") as its millimetres. The largest the title
// names (a "DN15-DN100" range is priced up to its largest size).
const DN_SIZE = /\bDN\s?(\d{1,4})(?!\d)/gi;
const INCH_SIZE = /(?<![\d./])(?:(\d{1,2})(?:[\s-](?=\d{1,2}\/\d))?)?(?:(\d{1,2})\/(\d{1,2}))?(?:\s?(?:"|”|″|''|inch(?:es)?\b|英寸|寸)|in\b)/gi;
const OUTER_DIAMETER = /(?:[φΦøØ]|\bOD\s?)(\d{1,4}(?:\.\d+)?)/g;
export function nominalSize(title: string): number {
  let dn = 0;
  for (const m of title.matchAll(DN_SIZE)) dn = Math.max(dn, Number(m[1]));
  for (const m of title.matchAll(INCH_SIZE)) {
    if (!m[1] && !m[2]) continue;
    const inches = Number(m[1] ?? 0) + (m[2] ? Number(m[2]) / Number(m[3]) : 0);
    // (a size of 1/8" to 80": larger numbers before an inch mark are screens and wheels, not pipes)
    if (inches > 0 && inches <= 80) dn = Math.max(dn, inches * 25);
  }
  for (const m of title.matchAll(OUTER_DIAMETER)) dn = Math.max(dn, Number(m[1]));
  return dn;
}

// A tube's outer diameter and wall in millimetres: "φ57×3.5", "Φ89*4", "OD 60.3 x 3.91mm", "57x3.5mm".
const TUBE_SECTION = /(?:[φΦøØ]|\bOD\s?)?(?<![\d.])(\d{1,4}(?:\.\d+)?)\s?(?:mm)?\s?[x×*]\s?(\d{1,2}(?:\.\d+)?)\s?(?:mm)?(?![\d.]|\s?[x×*]|\s?m(?!m))/;
/** Kilograms a metre of the title's tube weighs (π × (OD − wall) × wall × density), or 0 when the title gives no size. */
function tubeMetreKg(title: string, tube: { density: number; minWallMm: number }): number {
  const sec = TUBE_SECTION.exec(title);
  let od = 0;
  let wall = 0;
  if (sec && Number(sec[2]) < Number(sec[1]) / 2) {
    od = Number(sec[1]);
    wall = Number(sec[2]);
  } else {
    od = nominalSize(title);
    wall = tube.minWallMm;
  }
  if (!(od > wall * 2) || !(wall > 0)) return 0;
  return (Math.PI * (od - wall) * wall * tube.density) / 1000;
}

// "Saffron Crocus Style", "Marble Look", "Silk-like", "Gold Tone", "Coffee Flavored", "仿大理石", "咖啡味": a word that
// only describes the look, taste or smell of the goods names what they imitate, not what they are.
const LOOKALIKE = fastEdges(/\b[A-Za-z]+[\s-]+(?:style|look|looking|like|effect|imitation|inspired|tone|toned|flavou?r(?:ed)?|scent(?:ed)?|feel)\b|仿\p{Script=Han}{1,4}|\p{Script=Han}{1,4}(?:风格|口味|味|手感|触感|质感|效果)/giu);
// (手感, 触感, 质感, 效果: the Chinese "feel", "touch", "look" and "effect"; "羊绒手感围巾" is a scarf that feels like cashmere)
const LOOKALIKE_HINT = /style|look|like|effect|imitation|inspired|tone|flavo|scent|feel|仿|风格|味|感|效果/i;
// "with Remote", "w/ Lid", "+ Charger", "带遥控": the part of a title that names what is included, up to a comma.
// (配件, 附件, 配套 are parts and fittings, not "comes with": "电动车 配件 刹把 内胎" sells the parts)
const WITH_PART = fastEdges(/(?:\b(?:with|w\/|incl(?:uding|\.)?|plus)\s|\s\+\s?|(?:^|\s)(?:带|配(?!件|套|饰)|含|附(?!件|近)))[^,，;；|]*/giu);
const LEAD_FOR = /^\s*(?:适用于|适用|用于|专用于)\s*[^\s,，;；|]*/;
const FOR_PART = /\s(?:for|fit for|compatible with|suitable for)\s.*$|(?:适用于|适用|用于|专用于)[^,，;；|]*/i;
// "礼盒装", "瓶装", "gift boxed", "Bed in a Box": how the goods are packed, not a box sold instead of them; so are the state
// of the packing ("Sealed Box", "in Original Box": an unopened phone or graphics card; an "iPhone 13 Original Box" alone may
// be the empty box) and the count a pack holds
// ("100pcs/box", "100只/盒", "50 pieces per carton").
const PACKED_PART = fastEdges(/(?:礼盒|盒|袋|瓶|罐|箱|桶)装|\bgift[- ]boxed\b|\bin (?:a |its )?(?:gift |original |retail )?box\b|\b(?:factory )?sealed (?:in )?(?:original |retail )?box\b|\d+\s*(?:pcs|pieces|pc|只|个|片|支|套)?\s*(?:\/|per |每)\s*(?:box|bag|carton|ctn|case|盒|袋|箱)(?![A-Za-z])/giu);
// A conductor's cross-section: "3x95mm2" (three cores of 95), "3*2.5mm²", "4 sq mm", "4平方" (平方毫米). The first group of
// cores only: the smaller neutral of "3x95+1x50" adds little.
const CROSS_SECTION = /(?<![\d.])(?:(\d{1,2})\s*[x×*]\s*)?(\d{1,3}(?:\.\d+)?)\s*(?:mm2|mm²|sq\.?\s?mm|sqmm|平方(?:毫米|mm)?)(?![A-Za-z\d])/i;
// "Bulk 50kg Bags", "in 25 kg PP bags", "jumbo bags", "50公斤/袋": the sacks bulk goods are packed in by their weight, not a bag
// sold instead of them (sugar, rice, cement by the ton; onions in mesh bags).
const SACKED_PART = fastEdges(/\b\d+(?:\.\d+)?\s*(?:kg|kgs|g|lb|lbs)\s*(?:\/\s*)?(?:pp |woven |jumbo |paper |poly )?(?:bags?|sacks?|cartons?|drums?|pails?)\b|\b(?:jumbo|bulk|pp|woven|ton|mesh|net|jute|gunny|burlap|poly) (?:bags?|sacks?)\b|\d+(?:\.\d+)?\s*(?:kg|公斤|千克|斤)\s*(?:\/|每)?\s*(?:袋|包|箱|桶)/giu);
// "Tesla Model 3", "Model Y", "model no. X5": a maker's model name, not a scale model of the goods (a "1:24 alloy car model"
// keeps its lower-case noun, and the categories exclude diecast and scale goods by name).
const MODEL_CODE = /\b[Mm]odel\s+(?:[Nn]o\.?\s*)?(?:[A-Z]{1,3}|\d{1,4}[A-Z]?)\b/gu;
// "Private Label", "Custom Logo", "私人定制包装": a service offered with the goods, not an accessory sold instead of them.
const SERVICE_PART = fastEdges(/\b(?:private label|white label|custom(?:i[sz]ed)? (?:logo|label|packaging|package|box)|oem|odm)\b|(?:私人)?定制(?:logo|包装|标签|盒)?|贴牌/giu);

function partMatcher(l: { en: string[]; zh: string[] }): (name: string) => string | null {
  const en = new RegExp(`\\b(${[...l.en].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})s?\\b`, 'i');
  // (the first word in the list's order that the name holds, looked for only when the name holds one)
  const zh = anyOf(l.zh);
  return (name) => en.exec(name)?.[1]?.toLowerCase() ?? (zh?.test(name) ? l.zh.find((w) => name.includes(w)) : undefined) ?? null;
}

// Words a title may leave out or put elsewhere without changing what the product is.
const STOP_WORDS = new Set(['of', 'and', 'for', 'with', 'the', 'a', 'an', 'in']);

/**
 * An English keyword of several words matches a title holding each of them in any order: "mink fur coat" is named by
 * "Real Mink Fur Women Long Coat", "frozen salmon" by "Frozen Atlantic Salmon Fillet". A title puts brand, material,
 * size and audience words between the words of a category name; a phrase match missed them.
 */
function looseKeyword(kw: string): string {
  if (kw.includes('+') || /\p{Script=Han}/u.test(kw)) return kw;
  const words = kw.split(/\s+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
  return words.length > 1 ? words.join('+') : kw;
}

/** The last word of an English keyword ("bucket" of "excavator bucket"), lower-cased. */
function lastWord(w: string): string | undefined {
  return w.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).at(-1);
}

/** The longest word of an English keyword: the rarest, so the one to look up first. */
function longestWord(w: string): string | undefined {
  return w.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).reduce<string | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
}

/** A title's lower-cased words, each also without a plural s. */
/**
 * A pattern that matches a piece of a line cut at non-word characters matches the line too: it has no anchor (^ $) and no
 * look-around outside a character class, the only parts of a pattern that read beyond its own match (a \\b at the
 * piece's edge reads the cut character, a non-word character, as it reads the piece's start or end). A line-level gate
 * built from such patterns is a necessary condition of any piece matching.
 */
/** The pattern, unless it matches the empty string (then it is no gate of anything). */
function nonEmpty(re: RegExp): RegExp | null {
  return re.test('') ? null : re;
}

export function local(pattern: string): boolean {
  const bare = pattern.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return !/[\^$]|\(\?<?[=!]/.test(bare);
}

function wordSet(t: string): Set<string> {
  const words = new Set<string>();
  const lower = t.toLowerCase();
  // The runs of [a-z0-9] read by their character codes (a regex split cost more than the rest of the lookup).
  for (let i = 0; i < lower.length; ) {
    let j = i;
    while (j < lower.length && isWordCode(lower.charCodeAt(j))) j++;
    if (j > i) {
      const w = lower.slice(i, j);
      words.add(w);
      if (w.endsWith('s')) words.add(w.slice(0, -1));
      i = j;
    } else i++;
  }
  return words;
}

/** a-z or 0-9, the characters of a word to wordSet. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function feeMatcher(f: { en: string[]; zh: string[]; patterns: string[] }): (name: string) => boolean {
  const en = f.en.length ? new RegExp(`\\b(?:${f.en.map(escapeRe).join('|')})s?\\b`, 'i') : null;
  const patterns = f.patterns.map((p) => {
    try {
      return new RegExp(p, 'i');
    } catch (err) {
      throw new ListingRulesError(`sku.yaml: feeNames.patterns: ${(err as Error).message}`);
    }
  });
  const zh = anyOf(f.zh);
  // (the patterns as one expression, each in a group of its own, when none refers to a group by number or name: it matches
  // exactly when one of them does, in one call instead of one per pattern)
  const one = patterns.length > 1 && !f.patterns.some((p) => /\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(p)) ? new RegExp(f.patterns.map((p) => `(?:${p})`).join('|'), 'i') : null;
  if (one) return (name) => Boolean(en?.test(name)) || Boolean(zh?.test(name)) || one.test(name);
  return (name) => Boolean(en?.test(name)) || Boolean(zh?.test(name)) || patterns.some((p) => p.test(name));
}

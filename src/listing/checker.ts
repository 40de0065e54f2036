import * as crypto from 'node:crypto';
import { detectLang, t } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import { admissionFindings } from './admissions.js';
import { shownRealFindings } from './shown-real.js';
import { csvListings } from './csv.js';
import { judge } from './judge.js';
import { createParser } from './parse.js';
import { isProseText, onlyWonders, proseFindings, proseShownPrice, proseTiers, statedConversion, withoutHypotheticals, withoutReplaced } from './prose.js';
import { loadListingArbiter, parsedView, type ParsedView } from './arbiter.js';
import { DEFAULT_LISTING_RULES_DIR, loadListingRules, type ListingRules } from './rules.js';
import type { Finding, ListingResult, ParsedListing } from './types.js';

/** The listing text's sha256, hex. One-shot crypto.hash (Node 20.12+) costs a fraction of a Hash object on a listing-sized
 *  text, and the digest is the same; older Node builds the object. */
const sha256 =
  typeof crypto.hash === 'function' ? (s: string) => crypto.hash('sha256', s, 'hex') : (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** A paste beyond this is checked on its head: no product page is a megabyte of text. */
export const MAX_LISTING_CHARS = 1_000_000;

export interface ListingChecker {
  check(text: string, opts?: { lang?: Lang }): ListingResult;
  /** The parsed numbers, for the CLI's --explain and tests. */
  parse(text: string): ParsedListing;
}

export function createListingChecker(opts?: { rulesDir?: string; /** false: the rules decide alone, whatever thresholds.yaml says. */ arbiter?: boolean }): ListingChecker {
  const rules = loadListingRules(opts?.rulesDir);
  // The learned arbiter (arbiter.ts), when thresholds.yaml switches it on, decides the verdict of the rules' result.
  const arbiter = opts?.arbiter === false ? null : loadListingArbiter(opts?.rulesDir ?? DEFAULT_LISTING_RULES_DIR, rules);
  const parser = createParser(rules);
  const prose = rules.prose;
  const wonders = prose ? (clause: string) => onlyWonders(clause, prose) : undefined;
  // What the arbiter reads of the parser is the parse of `parse` below (the first CSV row's fields, or the text): the check
  // has mostly made that very parse already, of the same text, and the parser reads nothing but its text. So the check
  // keeps the arbiter's view of its own parse (parsedView, taken right after the parse, before the check adds its
  // readings to the parsed fields) with the text it parsed, and the CSV split of the text it split; the arbiter parses
  // again only a text the check did not parse as it stands (one it half-widthed, cut or cleared of replaced prices or
  // hypotheticals). Issue 15: the second parse was four fifths of the arbiter's cost. Kept for one check only.
  let seen: { source: string; view: ParsedView } | undefined;
  let split: { text: string; parts: string[] | null } | undefined;
  const parseOf = (source: string) => {
    const parsed = parser.parse(source);
    if (arbiter) seen = { source, view: parsedView(parsed) };
    return parsed;
  };
  const csvOf = (text: string) => {
    const parts = csvListings(text, rules);
    if (arbiter) split = { text, parts };
    return parts;
  };
  const read = (text: string): ParsedView => {
    const source = (split?.text === text ? split.parts : csvListings(text, rules))?.[0] ?? text;
    return seen?.source === source ? seen.view : parsedView(parser.parse(source));
  };
  const rulesAlone: ListingChecker = {
    parse: (text) => parser.parse(csvListings(text, rules)?.[0] ?? text),
    check(input, o) {
      // The text without replaced prices is read by the main pass and by the shown-vs-real reader: made once, when first
      // needed (an empty or binary paste never needs it).
      let prepared: string | undefined;
      // (the half-width text is made once: the main pass and the admissions reader below both read it)
      let half: string | undefined;
      const halved = () => (half ??= halfWidth(input));
      const prepare = () => (prepared ??= withoutReplaced(halved(), rules));
      const result = checkOnce(input, o, prepare);
      // The rep's own words saying a value shown is not the real one, in any layout: a finding of its own, for a kind no
      // other finding names.
      if (!rules.admissions || result.status === 'rejected' || typeof input !== 'string') return result;
      const whole = halved().slice(0, MAX_LISTING_CHARS);
      const own = admissionFindings(whole, rules.admissions, result.lang, wonders);
      // ... and a value shown set against the one really applied, or a looser confession (shown-real.yaml).
      // (withoutReplaced leaves a text over 5,000 characters as it is, so cutting before or after it reads the same)
      if (rules.shownReal) for (const f of shownRealFindings(prepare().slice(0, MAX_LISTING_CHARS), rules, result.lang)) if (!own.some((o) => o.kind === f.kind)) own.push(f);
      const admitted = withClauses(own, rules).filter((f) => !result.findings.some((r) => r.kind === f.kind));
      if (!admitted.length) return result;
      return { ...result, verdict: 'risk', fake: true, status: 'checked', findings: [...result.findings, ...admitted], notes: result.status === 'no_listing' ? [] : result.notes };
    },
  };
  if (!arbiter) return rulesAlone;
  return {
    parse: rulesAlone.parse,
    check(input, o) {
      if (typeof input !== 'string') return rulesAlone.check(input, o);
      seen = split = undefined;
      const decided = arbiter.decide(input, rulesAlone.check(input, o), read);
      seen = split = undefined; // (no paste held past its check)
      return decided;
    },
  };

  function checkOnce(input: string, o: { lang?: Lang } | undefined, prepare: () => string): ListingResult {
    const raw = typeof input === 'string' ? input : '';
    const textHash = sha256(raw);
    const lang = o?.lang ?? detectLang(raw);
    const base = { textHash, lang, findings: [], fake: false, verdict: 'ok' as const, layout: 'unknown' as const };
    if (!raw.trim()) return { ...base, status: 'no_listing', notes: [t(lang, '内容是空的：请粘贴商品页面或后台编辑页的文字。', 'The listing is empty: paste the text of the product page or the backend edit form.')] };
    if (looksBinary(raw)) return { ...base, status: 'rejected', notes: [t(lang, '这看起来是二进制数据，不是商品信息文字。请复制页面上的文字再粘贴。', 'This looks like binary data, not listing text. Copy the text from the page and paste that.')] };
    const notes: string[] = [];
    // Prices the listing's own words say are gone ("changed from $1-$5 to ...", "原价格区间" beside "整改后") are no prices shown.
    let text = prepare();
    if (text.length > MAX_LISTING_CHARS) {
      text = text.slice(0, MAX_LISTING_CHARS);
      notes.push(t(lang, `内容超过 ${MAX_LISTING_CHARS.toLocaleString('en-US')} 个字符，只检查了前面部分。`, `The paste is over ${MAX_LISTING_CHARS.toLocaleString('en-US')} characters; only its beginning was checked.`));
    }
    // CSV rows (a backend export): each product's rows read as one listing's fields; a catalogue is checked row by row.
    // ... but a rep's one-line sentence with commas ("machine is $12,000, sea freight about $2,500") is no CSV row.
    // (A row with quoted cells, pipes or tabs is a row whatever its words.)
    const parts = (!text.includes('\n') && !/[|\t]|,"|",/.test(text) && isProseText(text, rules) ? null : csvOf(text)) ?? [text];
    if (parts.length === 1) {
      const parsed = parseOf(parts[0] === text ? withoutHypotheticals(text, rules) : parts[0]!);
      // The rep's own sum ("$0.35/m, so the 100m roll is $35") says what the price per unit comes to per pack.
      // (read once: the prose findings below use it too)
      const sum = parts[0] === text ? statedConversion(text, rules) : null;
      if (sum && !sum.attribute && !parsed.unitEquivalence) parsed.unitEquivalence = `${sum.unitPrice}/${sum.unit} -> ${sum.itemPrice}`;
      // The rep says an order as small as the MOQ shown really sells ("我们真的 1 克也卖（试吃装）"): prose.yaml alsoBelow, its
      // quantity no more than the MOQ's. (the cheap tests first: this runs on every single listing; whether the text is prose
      // was read just above by withoutHypotheticals and is remembered, and a pasted page, most listings, runs no pattern)
      if (parsed.moq && parts[0] === text && rules.prose?.alsoBelow && isProseText(text, rules)) {
        const also = rules.prose.alsoBelow.exec(text);
        const qty = also ? Number(/\d[\d,]*(?:\.\d+)?/.exec(also[0])?.[0].replace(/,/g, '')) : NaN;
        if (qty > 0 && qty <= parsed.moq.qty) parsed.moqSaidSold = also![0];
      }
      // A ladder the rep writes out in a sentence, when the parser read none.
      // (an empty ladder is left as the parser's array: another empty array in its place is another shape of array to
      // every rule that reads the tiers, and each new shape deoptimised them)
      if (parts[0] === text && !parsed.tiers.length) {
        const written = proseTiers(text, rules);
        if (written.length) {
          parsed.tiers = written;
          // The steps the parser took for options named by their quantity ("100 pcs each", "10k pcs") are these tiers.
          if (parsed.skus.length) parsed.skus = parsed.skus.filter((s) => !QTY_NAMED.test(s.name));
          // ... and the goods made to order are named anywhere in the message ("our tier for custom printed cups goes ...",
          // "we make custom wristbands"), or by the set-up its small orders carry ("mould + setup is the main cost").
          if (rules.madeToOrder(text) || parsed.setupInSmallOrders) parsed.madeToOrderSaid = true;
        }
      }
      // A rep's own words with no field to read the price from ("我们挂 $12.9 一台", "listed at $3.20 each"): the price they
      // say the listing shows meets the market as a pasted page's headline would (only the market: the message's own
      // relations are the prose findings').
      let market: { findings: Finding[]; notes: string[] } | null = null;
      if (parts[0] === text && !parsed.headline && !parsed.tiers.length && !parsed.skus.length) {
        const shown = proseShownPrice(text, rules);
        const rate = rules.thresholds.usdPer.USD;
        if (shown) market = judge({ ...parsed, title: parsed.title ?? (shown.lead.trim() || undefined), headline: { min: { value: shown.min / rate, currency: 'USD', usd: shown.min }, ...(shown.max ? { max: { value: shown.max / rate, currency: 'USD', usd: shown.max } } : {}), ...(shown.unit ? { unit: shown.unit } : {}) } }, rules, lang, 'market');
      }
      // Free shipping shown and freight collected after the order ("页面写包邮，国外运费下单后再改价加上去", a template "Free
      // shipping 包邮" beside a memo to "charge freight via 补差价 link"): the contradiction needs no price to be judged.
      const freeButCharged = parsed.freeShipping && Boolean(parsed.freightAfterOrder || parsed.freightTopUp);
      // ... and so does an MOQ field beside another minimum the same form states ("MOQ (shown on page): 1 Piece" over
      // "Production MOQ (internal): 2000 pcs", "普通起订量：2 件" over "定制起订量：起订 99999999 件") or a note that it is not real.
      // ... or a sentence of its own that refuses orders below a floor ("we can't run less than 2 tons", "最少一箱起发").
      // (a minimum a sentence states for another offer, "but for OEM at least 300 sets", is no second MOQ of these goods: a
      // rep's question is read by the prose cues, which know that scope)
      // (read only for a listing with a strict MOQ claim, the cheap pattern before the prose test: this runs on every listing)
      const scopedElsewhere = () => parts[0] === text && Boolean(rules.prose?.scoped.test(text)) && isProseText(text, rules);
      const moqAgainstMoq = Boolean(parsed.moq && (parsed.moqClaims.some((c) => c.loose) || (parsed.moqClaims.length > 0 && !scopedElsewhere()) || parsed.customMoqs.length || parsed.moqNotReal || parsed.moqFloors.length));
      const pricePoints = parsed.tiers.length + parsed.skus.length + (parsed.headline ? 1 : 0) + (parsed.sample ? 1 : 0) + parsed.shipping.length + (freeButCharged || moqAgainstMoq ? 1 : 0);
      // A rep's own description of the listing: the relations it states ("we show $0.30, normal price $1.20").
      const saidOwn = parts[0] === text ? withClauses(proseFindings(text, rules, lang, sum), rules) : [];
      const said = market ? [...saidOwn, ...market.findings.filter((f) => !saidOwn.some((o) => o.kind === f.kind))] : saidOwn;
      if (!pricePoints && said.length) {
        return { verdict: 'risk', fake: true, lang, layout: parsed.layout, status: 'checked', findings: said, notes: market ? [...notes, ...market.notes] : notes, textHash, ...(parsed.title ? { title: parsed.title } : {}) };
      }
      if (!pricePoints) {
        return { ...base, layout: parsed.layout, status: 'no_listing', notes: [...notes, t(lang, '没有找到价格：请粘贴包含价格、起订量、SKU 或运费的商品信息。', 'No prices found: paste the part of the listing with the price, MOQ, SKUs or shipping.')] };
      }
      const { findings: read, notes: judged } = judge(parsed, rules, lang);
      const findings = [...read, ...said.filter((f) => !read.some((r) => r.kind === f.kind))];
      const verdict = findings.length ? 'risk' : 'ok';
      return { verdict, fake: verdict === 'risk', lang, layout: parsed.layout, status: 'checked', findings, notes: [...notes, ...judged, ...(market?.notes ?? [])], textHash, ...(parsed.title ? { title: parsed.title } : {}) };
    }
    const each = parts.map((one, i) => {
      const parsed = i ? parser.parse(one) : parseOf(one);
      const pricePoints = parsed.tiers.length + parsed.skus.length + (parsed.headline ? 1 : 0) + (parsed.sample ? 1 : 0) + parsed.shipping.length;
      return { parsed, judged: pricePoints ? judge(parsed, rules, lang) : null };
    });
    const parsed = each[0]!.parsed;
    const checked = each.filter((x) => x.judged);
    if (!checked.length) {
      return { ...base, layout: parsed.layout, status: 'no_listing', notes: [...notes, t(lang, '没有找到价格：请粘贴包含价格、起订量、SKU 或运费的商品信息。', 'No prices found: paste the part of the listing with the price, MOQ, SKUs or shipping.')] };
    }
    // Several products: each finding names the product it is about.
    const named = (x: (typeof checked)[number]) =>
      checked.length > 1 && x.parsed.title ? x.judged!.findings.map((f) => ({ ...f, detail: `[${x.parsed.title!.slice(0, 60)}] ${f.detail}` })) : x.judged!.findings;
    const findings = checked.flatMap(named).sort((a, b) => b.severity - a.severity);
    const judged = [...new Set(checked.flatMap((x) => x.judged!.notes))];
    if (parts.length > 1) judged.unshift(t(lang, `按表格读取：${parts.length} 个商品，逐个检查。`, `Read as a table: ${parts.length} products, each checked on its own.`));
    const verdict = findings.length ? 'risk' : 'ok';
    return { verdict, fake: verdict === 'risk', lang, layout: parsed.layout, status: 'checked', findings, notes: [...notes, ...judged], textHash, ...(parsed.title ? { title: parsed.title } : {}) };
  }
}

// An option named by a quantity step and nothing else ("Custom PCB tiers: 5 pcs total", "10k pcs each.", "100个"): a ladder's step.
const QTY_NAMED = /^(?:[^:：]*[:：])?\s*\d[\d,.]*\s*(?:k|千|万)?\s*(?:pcs|pieces|units|sets|pairs|件|个|套|只|双)?\s*(?:each|total|in total|一共|总价|以上|\+)?\s*[.。]?\s*$/i;

/** Prose findings cite the clause of their kind, as the judge's do. */
function withClauses(drafts: ReturnType<typeof proseFindings>, rules: ListingRules) {
  // (pushed in a loop, not made by .map: see judge)
  const out: Finding[] = [];
  for (const d of drafts) {
    const c = rules.clauseOf(d.kind);
    out.push({ ...d, clause: c.text, clauseEn: c.en });
  }
  return out;
}

/** Full-width digits, letters, "$" and "." (a Chinese IME's "ＭＯＱ２件", "０.１刀") as ASCII: every reader of numbers,
 *  the prose cues included, reads ASCII digits. Full-width punctuation stays: the readers split clauses on "，" and "。". */
function halfWidth(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}
const FULL_WIDTH = /[\uff04\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');

/** NULs, control characters or replacement characters in more than a few percent of the text: not a paste of a page. */
function looksBinary(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad / sample.length > 0.02;
}

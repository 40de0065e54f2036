import { parse as parseCsv } from 'csv-parse/sync';
import { CUR_AFTER, CUR_BEFORE } from './parse.js';
import { partlyPricedOptions, zipParallelLists } from './options.js';
import { joinQtyColumns, qtyHeaderColumns } from './qty-columns.js';
import type { CsvRole, ListingRules } from './rules.js';

/** A column's role: the header roles of csv.yaml, or one step of a price ladder, or SKUs with their prices. */
type Role = CsvRole | 'steps' | 'skus';

/**
 * A listing pasted as CSV rows (a backend export or a spreadsheet): a header row whose cells name a price column and a
 * product or variant column (rules/listing/csv.yaml), then data rows, with comma, semicolon or tab cells, quoted or not.
 * Returns the listings the rows hold, each written as the fields the parser reads ("Title: ...", "Price: US$0.50 /
 * Piece", "MOQ: 100 Piece", "SKU: ..."): rows of one product (one title) are one listing whose variants are its SKUs;
 * rows of different products are a catalogue, one listing each. Null when the paste is not such a table.
 */
export function csvListings(text: string, rules: ListingRules): string[] | null {
  const role = rules.csvRole;
  if (!role) return null;
  return headedListings(text, rules, role) ?? headlessListings(text, rules, role);
}

function headedListings(text: string, rules: ListingRules, role: (h: string) => CsvRole | null): string[] | null {
  let head = text.slice(0, 2000);
  let nl = head.indexOf('\n');
  if (nl < 0) return null;
  // A short line of its own above the header ("SKU导出", "Export 2026-11-30"): a caption, not the header.
  if (nl <= 40 && !pickDelimiter(head.slice(0, nl)) && head.indexOf('\n', nl + 1) > 0) {
    text = text.slice(nl + 1);
    head = text.slice(0, 2000);
    nl = head.indexOf('\n');
  }
  const first = head.slice(0, nl);
  // A header row is short and holds no amounts ("US$1,200.00 - 1,500.00" on a first line is no header).
  if (first.length > 400 || /[$¥€￥]/.test(first)) return null;
  const delim = pickDelimiter(first);
  if (!delim) return null;
  // The header first, on its own: most pastes with commas on their first line are no table, and stop here.
  let header = parseRows(first, delim)[0] ?? [];
  // Header cells are short names, not data: no amounts, no long text.
  if (header.length < 3 || header.some((h) => h.length > 40 || /\d[.,]\d/.test(h))) return null;
  let rows: string[][] | null = null;
  const capped = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // "tier1_qty, tier1_price, tier2_qty, tier2_price": a ladder spread over pairs of columns, read as one ladder cell.
  const pairs = tierPairs(header);
  const numbered = pairs ? null : numberedPairs(header);
  if (pairs || numbered?.tiers) {
    rows = joinTierPairs(parseRows(capped, delim), (pairs ?? numbered!.tiers)!);
    header = rows[0]!;
  } else if (!numbered && qtyHeaderColumns(header)) {
    // "1-99, 100-999, ≥5000" as headers: a ladder whose quantities are the column names.
    rows = joinQtyColumns(parseRows(capped, delim), qtyHeaderColumns(header)!);
    header = rows[0]!;
  } else if (numbered?.skus) {
    // "SKU1, 价格1, SKU2, 价格2", "variant_1, price_1, ...": a product's options over pairs of columns, read as one cell of SKUs.
    rows = joinSkuPairs(parseRows(capped, delim), numbered.skus);
    header = rows[0]!;
  }
  const roles = header.map((h) => role(h));
  const named = roles.filter(Boolean).length;
  // A header the rules name only in part ("Ship fee", "Order qty"): once it names two columns, the rest are read by
  // what their cells hold (a price ladder, an amount, a unit, a freight).
  const hasPrice = roles.includes('price') || roles.includes('priceMin');
  if (!hasPrice && named < 2) return null;
  rows ??= parseRows(capped, delim);
  if (rows.length < 2) return null;
  // (option names and their prices as two parallel lists in one row: one cell of SKUs)
  const data = rows
    .slice(1)
    .filter((r) => r.length >= 2 && r.some((c) => c.trim()))
    .map((r) => zipParallelLists(r, roles.indexOf('title')));
  if (!data.length) return null;
  const filled = fillRoles(roles, data, rules);
  if (!filled) return null;
  const at = filled.indexOf('price') >= 0 ? filled.indexOf('price') : filled.indexOf('priceMin');
  const priced = at >= 0 || filled.includes('tiers') || filled.includes('steps') || filled.includes('skus');
  // A sheet of a product's MOQs without a price ("title, moq_displayed, moq_actual", "标题, 展示起订量, 备注"): its minimums
  // and notes are checked against each other, as a form's are.
  // ... and so is one MOQ beside a column of words the rules do not name ("lead_time_note": "orders under 2000 pcs not
  // accepted"): such a note can state the real minimum.
  const noteColumn = () => filled.some((r, k) => (roles[k] === null || r === 'other') && (r === null || r === 'other' || r === 'variant') && data.some((row) => ((row[k] ?? '').match(/[A-Za-z]{2,}|\p{Script=Han}{2,}/gu) ?? []).length >= 3));
  const moqSheet = !priced && filled.includes('moq') && (filled.filter((r) => r === 'moq' || r === 'other').length >= 2 || noteColumn());
  if ((!priced && !moqSheet) || (!filled.includes('title') && !filled.includes('variant'))) return null;
  // No row with a number in its price cell: a table of something else.
  if (at >= 0 && !data.some((r) => /\d/.test(r[at] ?? ''))) return null;
  return emit(header, filled, data, (at >= 0 ? currencyOfHeader(header[at]!) : null) ?? currencyOfCells(data, filled), rules);
}

// A header naming one step of a ladder by its number: "tier1_qty", "Qty 2", "数量3" / "tier1_price", "Price 2", "价格3".
const STEP_QTY = /^(?:(?:price[ _-]?)?(?:tier|level|step|ladder|阶梯|第)?[ _-]?(\d)[ _-]?(?:档)?[ _-]?(?:min[ _-]?)?(?:qty|quantity|min|moq|数量|起订量?)|(?:min[ _-]?)?(?:qty|quantity|数量)[ _-]?(\d))$/i;
const STEP_PRICE = /^(?:(?:tier|level|step|ladder|阶梯|第)?[ _-]?(\d)[ _-]?(?:档)?[ _-]?(?:unit[ _-]?)?(?:price|单价|价格)(?:[ _-]?\(?(?:usd|us\$|\$|rmb|cny|元|美元)\)?)?|(?:price|单价|价格)[ _-]?(\d)|(?:price|单价|价格)[ _-]?(?:tier|level|step|ladder|阶梯)[ _-]?(\d)(?:[ _-]?\(?(?:usd|us\$|\$|rmb|cny|元|美元)\)?)?)$/i;

/** The columns of a ladder written as numbered pairs (quantity, price): [quantity column, price column] per step, or null. */
function tierPairs(header: string[]): [number, number][] | null {
  const qty = new Map<string, number>();
  const price = new Map<string, number>();
  header.forEach((h, k) => {
    const q = STEP_QTY.exec(h.trim());
    if (q) qty.set(q[1] ?? q[2]!, k);
    const p = q ? null : STEP_PRICE.exec(h.trim());
    if (p) price.set(p[1] ?? p[2] ?? p[3]!, k);
  });
  const pairs = [...qty].filter(([n]) => price.has(n)).sort((a, b) => Number(a[0]) - Number(b[0])).map(([n, k]) => [k, price.get(n)!] as [number, number]);
  return pairs.length >= 2 ? pairs : null;
}

// A column named by its number and what it holds, the number anywhere in the name: "qty_tier_1", "tier1_usd", "price_2",
// "variant_3", "SKU1", "价格1", "一档数量", "第二档价格". The words left once the number is cut out say what the column holds.
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const NUMBERED_CN = /^第?([一二三四五六七八九])\s*(?:档|级|阶|个)?\s*(.*)$/u;
const NUMBERED = /^([^\d]*?)(?<![\d.])([1-9])(?![\d.])([^\d]*)$/u;
// (a bare "价1" beside "阶梯1" is the step's price: 价 names a price in every stem it is in)
const STEM_PRICE = /price|价|金额|usd|us\$|\$|美元|美金|rmb|cny|人民币|元|cost/i;
// (起批量/起购量 as 起订量: "起批量1, 价格1, 起批量2, 价格2" is a ladder, not MOQs)
// (a column named only as the step, "阶梯1", "tier 2", "档3", holds the step's quantities: its price has a column of its own)
const STEM_QTY = /qty|quantity|数量|起订|起批|起购|moq|(?:^|[ _-])min(?:imum)?(?:$|[ _-])|range|区间|档位|pcs|件数|^[\s_-]*(?:阶梯|梯度|档|tier|step|level|ladder)[\s_-]*$/i;
const STEM_NAME = /variant|variation|option|sku|spec|规格|款式|型号|颜色|colou?r|size|尺码|name|名称|model|属性|item/i;

/**
 * Numbered columns the named patterns above do not know: pairs of a quantity and a price per step (a ladder, [quantity
 * column, price column]) or of an option and its price per number (the product's SKUs, [name column, price column]).
 * Null when fewer than two numbers pair up.
 */
function numberedPairs(header: string[]): { tiers: [number, number][] | null; skus: [number, number][] | null } | null {
  const qty = new Map<string, number>();
  const price = new Map<string, number>();
  const name = new Map<string, number>();
  header.forEach((h, k) => {
    const t = h.trim();
    const cn = NUMBERED_CN.exec(t);
    const m = cn ? null : NUMBERED.exec(t);
    const n = cn ? CN_DIGIT[cn[1]!]! : m?.[2];
    if (!n) return;
    const stem = cn ? cn[2]! : `${m![1]} ${m![3]}`;
    if (STEM_PRICE.test(stem)) price.set(n, k);
    else if (STEM_QTY.test(stem)) qty.set(n, k);
    else if (STEM_NAME.test(stem) || (cn && !stem.trim())) name.set(n, k);
  });
  if (price.size < 2) return null;
  const pair = (from: Map<string, number>) => {
    const out = [...from].filter(([n]) => price.has(n)).sort((a, b) => Number(a[0]) - Number(b[0])).map(([n, k]) => [k, price.get(n)!] as [number, number]);
    return out.length >= 2 ? out : null;
  };
  const tiers = pair(qty);
  const skus = tiers ? null : pair(name);
  return tiers || skus ? { tiers, skus } : null;
}

/** The rows with each numbered pair of an option and its price folded into one "SKUs" cell ("Full set: 89.00; Canopy: 0.01"). */
function joinSkuPairs(rows: string[][], pairs: [number, number][]): string[][] {
  const drop = new Set(pairs.flat());
  return rows.map((r, i) => {
    const kept = r.filter((_, k) => !drop.has(k));
    if (i === 0) return [...kept, 'SKUs'];
    // (a name is cut at the characters that separate options or name a price in a cell of SKUs; one that starts with a
    // figure, "10in tube", keeps it behind a word so the cell reads it as a name)
    const cell = pairs
      .filter(([nm, p]) => (r[nm] ?? '').trim() && /\d/.test(r[p] ?? ''))
      .map(([nm, p]) => `${r[nm]!.trim().replace(/[:：|;；$¥€￥=]/g, ' ').replace(/^(?=\d)/, '#')}: ${r[p]!.trim().replace(/^(?:US\s?\$|\$|USD)\s*/i, '')}`);
    return [...kept, cell.join('; ')];
  });
}

/** The rows with each numbered pair of quantity and price columns folded into one "Tiers" cell ("3000:0.045|10000:0.032"). */
function joinTierPairs(rows: string[][], pairs: [number, number][]): string[][] {
  const drop = new Set(pairs.flat());
  return rows.map((r, i) => {
    const kept = r.filter((_, k) => !drop.has(k));
    if (i === 0) return [...kept, 'Tiers'];
    const steps = pairs.filter(([q, p]) => /\d/.test(r[q] ?? '') && /\d/.test(r[p] ?? '')).map(([q, p]) => ({ qty: r[q]!.trim().replace(/,/g, ''), price: r[p]!.trim() }));
    // A step named by its first quantity alone runs to the next step's start; the last has no end.
    const cell = steps.map((x, j) => {
      const next = Number(steps[j + 1]?.qty);
      const start = /^\d+$/.test(x.qty) ? Number(x.qty) : NaN;
      const qty = Number.isNaN(start) ? x.qty : j === steps.length - 1 ? `>=${start}` : next > start + 1 ? `${start}-${next - 1}` : x.qty;
      return `${qty}:${x.price}`;
    });
    return [...kept, cell.join('|')];
  });
}

/**
 * Rows pasted without a header ("Ceramic Mug 350ml, 2.10, 500 pcs, freight $1800"): every line of the paste is a row
 * of the same number of cells, and the columns are told by what their cells hold (cellKind).
 */
function headlessListings(text: string, rules: ListingRules, role: (h: string) => CsvRole | null): string[] | null {
  const body = text.trim();
  if (!body || body.length > 20_000) return null;
  // The first line (never blank in the trimmed paste) decides first: most pastes have no delimiter there, and stop
  // before the split.
  const nl0 = body.indexOf('\n');
  const delim = pickDelimiter(nl0 < 0 ? body : body.slice(0, nl0), ['\t', '|', ';', ',', '，']);
  if (!delim) return null;
  const lines = body.split('\n').filter((l) => l.trim());
  if (lines.length > 200) return null;
  // Without a quote the rows are the lines cut at the delimiter (what csv-parse returns, cells trimmed), and most pastes
  // with a delimiter on their first line are no table: no parser (nor its error) for them.
  const rows = body.includes('"') ? parseRows(lines.join('\n'), delim).map((r) => trimEnd(r.map((c) => c.trim()))) : lines.map((l) => trimEnd(l.split(delim).map((c) => c.trim())));
  if (!rows.length) return null;
  const n = rows[0]!.length;
  if (n < 3 || n > 16 || rows.some((r) => r.length !== n || r.some((c) => c.length > 200))) return null;
  // A first row of names over rows of data is a header the rules do not know: its cells name no role, so skip it.
  const looksHeader = rows.length > 1 && rows[0]!.every((c) => !/\d/.test(c)) && rows.slice(1).every((r) => r.some((c) => /\d/.test(c)));
  const data = looksHeader ? rows.slice(1) : rows;
  const header = looksHeader ? rows[0]! : rows[0]!.map(() => '');
  const roles = header.map((h) => (h ? role(h) : null));
  if (!cleanRows(data, rules)) return null;
  const filled = fillRoles(roles, data, rules, true);
  if (!filled) return null;
  if (!filled.includes('title') || !(filled.includes('price') || filled.includes('steps') || filled.includes('tiers') || filled.includes('skus'))) return null;
  return emit(header, filled, data, currencyOfCells(data, filled), rules);
}

/**
 * Rows typed as data, not a page flattened onto one line with tabs or commas between its parts: no text cell holds an
 * amount or ends in a quantity range ("Earbuds 1 - 99 Pieces"), a row has at most three cells of plain text, and no
 * cell holds more than two amounts.
 */
function cleanRows(data: string[][], rules: ListingRules): boolean {
  const AMOUNT_IN = /[$¥€￥]|\bUSD\b|\bRMB\b/gi;
  for (const r of data) {
    let texts = 0;
    for (const c of r) {
      const kind = cellKind(c, rules);
      if (kind === 'skus' || kind === 'ladder') continue;
      if ((c.match(AMOUNT_IN) ?? []).length > 2) return false;
      if (kind !== 'text') continue;
      texts++;
      // The first text is the product: no amount in it. A later one may be a remark that names one amount in a
      // sentence ("price valid for 3000 pcs, under 3000 price $4.80").
      const amounts = (c.match(AMOUNT_IN) ?? []).length;
      const words = (c.match(/[A-Za-z]{2,}|\p{Script=Han}{2,}/gu) ?? []).length;
      if (amounts && (texts === 1 || amounts > 1 || words < 4)) return false;
      const range = /\d\s*-\s*\d[\d,]*\s*([\p{L}]+)(\.{0,3})$/u.exec(c);
      if (range && (range[2] || rules.unitByName.has(range[1]!.toLowerCase()) || rules.unitByName.has(range[1]!.toLowerCase().replace(/s$/, '')))) return false;
    }
    if (texts > 3) return false;
  }
  return true;
}

/** The role of each column: the header's, else what every cell of the column holds. Null when a column is unreadable. */
function fillRoles(roles: (CsvRole | null)[], data: string[][], rules: ListingRules, strict = false): (Role | null)[] | null {
  const out: (Role | null)[] = [...roles];
  const kinds = out.map((_, k) => {
    const ks = data.map((r) => cellKind((r[k] ?? '').trim(), rules)).filter((x) => x !== 'empty');
    return ks.length && ks.every((x) => x === ks[0]) ? ks[0]! : ks.length ? mixedKind(ks) : 'empty';
  });
  const free = (r: Role) => !out.includes(r);
  const take = (k: number, r: Role) => {
    if (out[k] === null && free(r)) out[k] = r;
  };
  kinds.forEach((kind, k) => {
    // A price or variant column whose cells each hold options with their prices ("SKU规格:价格" over "玫瑰:3.20|贺卡:0.01"):
    // the SKUs, whatever the header calls them (a bare "SKU" header, read as an id column, too: "黑色=$5.96|灰色=$11.18").
    if (kind === 'skus' && (out[k] === 'price' || out[k] === 'variant' || out[k] === 'id')) out[k] = 'skus';
    // ... and an options column holding bare amounts beside a column naming the option ("sku_name, sku_price" over
    // "Thank-you card, 0.01"): each row's price, the SKU named beside it, when no other column is the price.
    if (out[k] === 'skus' && (kind === 'decimal' || kind === 'money' || kind === 'int') && out.includes('variant') && free('price') && free('priceMin')) out[k] = 'price';
    if (kind === 'ladder') take(k, 'tiers');
    // Steps of a ladder one per cell ("1-9 pcs: $45", "≥100 pcs: $0.45") and SKUs with their prices: as many columns as the row has.
    else if (kind === 'step' && out[k] === null) out[k] = 'steps';
    else if ((kind === 'skus' || kind === 'sku') && out[k] === null) out[k] = 'skus';
    else if (kind === 'freight') take(k, 'shipping');
    else if (kind === 'unit') take(k, 'unit');
    else if (kind === 'qty') take(k, 'moq');
  });
  // Prices: an amount with a currency first, then a number with decimals, then a plain number.
  for (const want of ['money', 'decimal', 'int'] as const) {
    if (!free('price') || out.includes('priceMin')) break;
    const k = kinds.findIndex((x, i) => x === want && out[i] === null);
    if (k >= 0) out[k] = 'price';
  }
  // The MOQ: a whole number left over (a price column is already taken); under a header a column of whole numbers
  // the rules do not name is as likely a stock count or a product id, so only rows without a header read it so.
  if (free('moq') && strict) {
    const k = kinds.findIndex((x, i) => x === 'int' && out[i] === null);
    if (k >= 0) out[k] = 'moq';
  }
  // An amount left over with a currency: freight in its own column ("$120", "US$ 85 / ctn").
  if (free('shipping') && strict) {
    const k = kinds.findIndex((x, i) => x === 'money' && out[i] === null);
    if (k >= 0) out[k] = 'shipping';
  }
  // Text: the first text column is the product, a second one its variant; a short code first is the row's id.
  kinds.forEach((kind, k) => {
    if (out[k] !== null) return;
    if (kind === 'code' && k === 0) take(k, 'id');
    else if (kind === 'text') {
      if (free('title')) take(k, 'title');
      // A second text is the variant of rows that repeat one product; on a single row it is a remark, kept as a line.
      else if (!strict || (data.length > 1 && new Set(data.map((r) => r[out.indexOf('title')])).size < data.length)) take(k, 'variant');
    }
  });
  return out;
}

type CellKind = 'empty' | 'ladder' | 'step' | 'skus' | 'sku' | 'freight' | 'money' | 'decimal' | 'int' | 'qty' | 'unit' | 'currency' | 'code' | 'text';

// The parser's currency words, and the full-width yuan sign a spreadsheet keeps.
const CUR = String.raw`(?:${CUR_BEFORE}|￥)`;
const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MONEY_CELL = new RegExp(String.raw`^(?:${CUR}\s?${AMOUNT}(?:\s*[-~–]\s*${CUR}?\s?${AMOUNT})?|${AMOUNT}(?:\s*[-~–]\s*${AMOUNT})?\s*(?:${CUR_AFTER}|€))(?:\s*(?:/|per)\s*[\p{L}.]+)?$`, 'iu');
const PLAIN_RANGE = new RegExp(String.raw`^\d+\.\d+\s*[-~–]\s*\d+(?:\.\d+)?$`);
const FREIGHT_WORD = /shipping|freight|postage|delivery|courier|express|运费|邮费|物流|快递|包邮|\b(?:fob|cif|exw|ddp|dap)\b/i;
const MOQ_CELL = /^(?:moq|min\.?(?:imum)?(?:\s*order)?|起订量?|起批量?|最小起订量?)\s*[:：]?\s*\d|^\d[\d,]*\s*\+?\s*[\p{L}]{1,12}\.?\s*(?:moq|min\.?(?:imum)?(?:\s*order)?|起订|起批)?$|^(?:≥|>=)\s*\d[\d,]*\s*[\p{L}]*$/iu;

/** What a cell holds: a price ladder, a freight, an amount, a quantity with its unit, a unit name, a code or text. */
function cellKind(v: string, rules: ListingRules): CellKind {
  if (!v) return 'empty';
  const steps = ladderSegments(v);
  if (steps.length >= 2) return 'ladder';
  if (steps.length === 1 && (steps[0]!.unit || /[≥>＞+]/.test(steps[0]!.qty) || /[-~–至]/.test(steps[0]!.qty)) && (steps[0]!.cur || /[:：=@]/.test(v))) return 'step';
  const skus = skuSegments(v);
  if (skus.length >= 2) return 'skus';
  const digits = /\d/.test(v);
  if (FREIGHT_WORD.test(v) && (digits || /free|包邮|免/i.test(v)) && v.length <= 120) return 'freight';
  if (MONEY_CELL.test(v)) return 'money';
  if (/^\d+\.\d+$/.test(v) || PLAIN_RANGE.test(v)) return 'decimal';
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(v)) return 'int';
  if (/^(?:USD|RMB|CNY|EUR|美元|人民币)$/i.test(v)) return 'currency';
  if (MOQ_CELL.test(v)) {
    const word = /[\p{L}]+/u.exec(v.replace(/^(?:moq|min\.?(?:imum)?(?:\s*order)?|起订量?|起批量?|最小起订量?)/i, ''))?.[0]?.toLowerCase();
    if (!word || rules.unitByName.has(word) || /^(?:moq|min|起订|起批)/i.test(word)) return 'qty';
  }
  if (skus.length === 1 && !FREIGHT_WORD.test(v) && !NOT_SKU.test(skus[0]!.name)) return 'sku';
  if (PRICED_CELL.test(v)) return 'decimal';
  const bare = v.replace(/^(?:US\s?\$|USD|RMB|CNY|EUR)\s*/i, '').replace(/^(?:per|\/)\s*/i, '').replace(/\s*[(（].*$/, '').trim().toLowerCase();
  if (rules.unitByName.has(bare)) return 'unit';
  if (/^[A-Za-z]{0,6}[-_]?\d[\w.-]{0,14}$/.test(v) && !/\s/.test(v)) return 'code';
  if (/[\p{L}]{2}/u.test(v) && !digits || /[\p{L}]{3}/u.test(v)) return 'text';
  return 'text';
}

/** Cells of one column that differ in kind: numbers of both kinds are numbers with decimals; else text. */
function mixedKind(ks: CellKind[]): CellKind {
  if (ks.every((k) => k === 'int' || k === 'decimal')) return 'decimal';
  if (ks.every((k) => k === 'int' || k === 'decimal' || k === 'money')) return 'money';
  if (ks.every((k) => k === 'code' || k === 'int')) return 'code';
  if (ks.every((k) => k === 'text' || k === 'code')) return 'text';
  return 'text';
}

// "85.00/sqm", "3.2 per piece": an amount for a unit, without a currency, is a price.
// ("10000/carton" is a count per carton, not an amount.)
const PRICED_CELL = /^\d+\.\d+\s*(?:\/|per\s)\s*[\p{L}]{1,12}\.?$/iu;
// Labels that name a field, not an option: a "Sample: US$25" or "MOQ: 100" cell is no SKU.
const NOT_SKU = /^(?:price|unit price|fob|exw|cif|sample|samples|moq|min|order|tier|shipping|freight|note|remark|lead|total|价格|单价|样品|起订|起批|阶梯|运费|备注|说明|交期|合计|货值)|price|sample|样品|价格|单价/i;
// One SKU with its price: "Black: 18.50", "Grey 15.6in: $9.20", "Fabric swatch 布样 $0.01", "Gift box only (no speaker):0.05".
// ... or named by its size or count first ("200W $23", "1000W $129", "60pcs: 8.50"): a rating is an option's name too.
// (a name may open with a spec of numbers joined by "/" or "x": a yarn count "60/2 Raw White", a size "16x20 Canvas")
const SKU_STEP = new RegExp(String.raw`((?:\d+(?:\.\d+)?(?:[/x×*]\d+(?:\.\d+)?)*\s?(?=[A-Za-z\p{Script=Han}"″])|[^:：|;；/$¥€￥\d\s])[^:：|;；$¥€￥]*?)\s*(?:[:：=]\s*(${CUR})?|(${CUR}))\s*(\d+(?:\.\d+)?)(?=\s*(?:[;；|/,，、\n]|$))`, 'giu');

function skuSegments(v: string): { name: string; price: string }[] {
  if (v.length > 600 || !/\d/.test(v)) return [];
  const read = (body: string) => {
    const out: { name: string; price: string }[] = [];
    let rest = body;
    for (const m of body.matchAll(SKU_STEP)) {
      const name = m[1]!.trim();
      if (!/[\p{L}]/u.test(name)) continue;
      out.push({ name, price: m[4]! });
      rest = rest.replace(m[0], '');
    }
    return /[\p{L}\d]/u.test(rest) ? [] : out;
  };
  const plain = read(v);
  if (plain.length) return plain;
  // A label before the options ("颜色 Color: Grey $389 / Green $389"): the options follow it.
  const label = /^[^:：$¥€\d|;/]{1,24}[:：]\s*/u.exec(v);
  return label ? read(v.slice(label[0].length)) : [];
}

// One step of a ladder packed in a cell: "1-99:3.5", "100-499 pcs: $3.2", "≥500 pcs $2.1", "500+ @ 2.9", "1000个以上 ¥2".
const LADDER_STEP = new RegExp(
  String.raw`((?:≥|>=|>|＞)?\s*\d[\d,]*(?:\s*[-~–至]\s*\d[\d,]*)?\s*\+?)\s*([\p{L}]{1,10}\.?)?\s*(?:以上|及以上|or more|and above|\+)?\s*(?:[:：=@]|=>|->)?\s*(${CUR})?\s*(\d+(?:\.\d+)?)\s*(USD|美元|元)?(?=\s*(?:[;；|/,，\n]|$))`,
  'giu',
);

function ladderSegments(v: string): { qty: string; unit: string; price: string; cur: string }[] {
  if (!/\d[^\d]+\d/.test(v) || v.length > 400) return [];
  const out: { qty: string; unit: string; price: string; cur: string }[] = [];
  let rest = v;
  for (const m of v.matchAll(LADDER_STEP)) {
    const qty = m[1]!.replace(/\s+/g, '');
    // A step needs a quantity and a price told apart: a separator, a currency or a unit between them.
    if (!m[2] && !m[3] && !/[:：=@>]|->|\+/.test(m[0].slice(m[1]!.length)) && !/^[≥>＞]/.test(qty)) continue;
    out.push({ qty, unit: m[2] ?? '', price: m[4]!, cur: m[3] ?? m[5] ?? '' });
    rest = rest.replace(m[0], '');
  }
  // Nothing but steps and separators: a cell with other words or numbers is something else.
  return /[\p{L}\d]/u.test(rest.replace(/以上|及以上|or more|and above|pcs|price|tiers?|阶梯/giu, '')) ? [] : out;
}

/** A ladder cell written the way the parser reads a row of tiers: "1-99 pcs US$3.5 | 100-499 pcs US$3.2 | >=500 pcs US$2.1". */
function ladderLine(v: string, unit: string, currency: string): string {
  const steps = ladderSegments(v);
  if (!steps.length) return v;
  return steps
    .map((s) => {
      const q = s.qty.replace(/^[≥＞>]=?/, '>=').replace(/\+$/, '');
      const qty = /^>=/.test(s.qty) || !/[≥>＞]/.test(s.qty) ? (s.qty.endsWith('+') ? `>=${q}` : q) : q;
      const cur = s.cur ? currencyOfHeader(s.cur) ?? currency : currency;
      return `${qty} ${s.unit || unit || 'pcs'} ${cur}${s.price}`;
    })
    .join(' | ');
}

const SHIP_PER_UNIT = /per[ _-]?(?:unit|piece|pc|pcs|item|pair|set)(?![a-z])|(?<![a-z])each(?![a-z])|\/\s*(?:unit|piece|pc|item)\b|(?:每|单)(?:件|个|只|套|双)|\/\s*(?:件|个|只|套|双)/i;

function trimEnd(r: string[]): string[] {
  let n = r.length;
  while (n > 0 && !r[n - 1]) n--;
  return r.slice(0, n);
}

function currencyOfCells(data: string[][], roles: (Role | null)[]): string {
  const cells = data.flatMap((r) => r.filter((_, k) => roles[k] === null || roles[k] === 'price' || roles[k] === 'priceMin'));
  for (const c of cells) {
    const cur = currencyOfHeader(c);
    if (cur) return cur;
  }
  return 'US$';
}

function emit(header: string[], roles: (Role | null)[], data: string[][], currency: string, rules: ListingRules): string[] {
  const at = (r: Role) => roles.indexOf(r);
  const cell = (r: string[], x: Role) => (at(x) >= 0 ? (r[at(x)] ?? '').trim() : '');
  // An option named over several columns (Color "Black" + Size "Driver only") is known by all of them.
  const variants = (r: string[]) => roles.flatMap((x, k) => (x === 'variant' && r[k]?.trim() ? [r[k]!.trim()] : [])).join(' ');
  const amount = (v: string) => {
    const s = v.replace(/\s/g, '');
    if (/^[\d,]*\.?\d+$/.test(s)) return `${currency}${s}`;
    if (PLAIN_RANGE.test(s)) return `${currency}${s.replace(/[-~–]/, ' - ')}`;
    // "85.00/sqm", "freight 120.00/pair": the amount of a cell with no currency is in the table's currency.
    if (!/[$¥€￥]|usd|rmb|cny|eur|美元|元/i.test(v)) return v.replace(/(?<![\d.,\p{L}])(\d[\d,]*(?:\.\d+)?)(?=\s*(?:$|\/|per\b|each\b|[(（]))/u, (n) => `${currency}${n}`);
    return v;
  };
  // The dearest price the row shows in its price and ladder cells: what an option with no price of its own sells at.
  const rowTopPrice = (r: string[]) => {
    let top = 0;
    r.forEach((c, k) => {
      const x = roles[k];
      if (x === 'tiers' || x === 'steps') for (const s of ladderSegments(c.trim())) top = Math.max(top, Number(s.price));
      else if (x === 'price' || x === 'priceMin' || x === 'priceMax') for (const m of c.matchAll(/\d+(?:\.\d+)?/g)) top = Math.max(top, Number(m[0]));
    });
    return top;
  };
  const groups = new Map<string, string[][]>();
  for (const r of data) {
    const key = cell(r, 'title').toLowerCase();
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: string[] = [];
  for (const [, g] of groups) {
    const r0 = g[0]!;
    // Without a unit column, the price header may name the unit ("Price (USD/ton)", "price_usd_per_kg", "单价(元/吨)").
    const priceHeader = header[at('price') >= 0 ? at('price') : at('priceMin')] ?? '';
    const unit = unitCell(cell(r0, 'unit')) || (at('unit') < 0 ? headerUnit(priceHeader, rules) : '');
    const per = unit ? ` / ${unit}` : '';
    const lines: string[] = [];
    // One row whose product is named over two cells ("Toyota" + "Land Cruiser V8", "12000 BTU" + "Split Air
    // Conditioner"): the title is both, so the product is known by its whole name.
    // ... unless that cell names a fee, a postage link or a part sold alone ("Postage make-up", "Battery cover only") at a
    // token price: then it is the row's option, set up under the product's name, and is read as its SKU. (A part at a real
    // price, "Battery only $80", is what the row sells, and stays in its name.)
    const v0 = cell(r0, 'variant');
    const p0 = Number((cell(r0, 'priceMax') || cell(r0, 'priceMin') || cell(r0, 'price')).replace(/[^\d.]/g, ''));
    // (... or a give-away, card or wrapping, "Thank-you card", "收纳袋（赠品）", at a token price: no name of the product)
    const feeOption = g.length === 1 && Boolean(v0) && (rules.isFeeName(v0) || rules.isSoloName(v0) || rules.fillerEn.test(v0) || rules.fillerZhIn(v0)) && p0 <= rules.thresholds.sku.pennyUsd;
    // (a cell of options, some priced, is the row's SKUs, read below: no part of the name)
    const variant1 = g.length === 1 && !feeOption && v0.split(/\s+/).length <= 5 && !partlyPricedOptions(v0) ? v0 : '';
    const title = [cell(r0, 'title'), variant1].filter(Boolean).join(' ');
    if (title) lines.push(`Title: ${title}`);
    const priceOf = (r: string[]) => {
      const lo = cell(r, 'priceMin') || cell(r, 'price');
      // "620-680" in a price column is a range of whole amounts (a size column's "8-32" never gets here).
      const whole = /^(\d[\d,]*)\s*[-~–]\s*(\d[\d,]*)$/.exec(lo);
      if (whole && !cell(r, 'priceMax')) return `${currency}${whole[1]} - ${currency}${whole[2]}`;
      const hi = cell(r, 'priceMax');
      return hi && hi !== lo ? `${amount(lo)} - ${amount(hi)}` : amount(lo);
    };
    if (at('qtyFrom') >= 0 && g.some((r) => /\d/.test(cell(r, 'qtyFrom')))) {
      // One row per step of a ladder: the rows are the product's tiers, from the smallest quantity up.
      const steps = g
        .filter((r) => /\d/.test(cell(r, 'qtyFrom')) && priceOf(r))
        .map((r) => ({ from: Number(cell(r, 'qtyFrom').replace(/[^\d.]/g, '')), to: cell(r, 'qtyTo').replace(/[^\d.]/g, ''), price: priceOf(r) }))
        .sort((a, b) => a.from - b.from);
      lines.push(`Tiers: ${steps.map((x) => `${x.to ? `${x.from}-${x.to}` : `>=${x.from}`} ${unit || 'pcs'} ${x.price}`).join(' | ')}`);
    } else if (g.length === 1 || at('variant') < 0) {
      // A price cell holding a ladder ("100-999 gross: 3.10 | 1000+ gross: 2.85") is the product's tiers, not one price.
      const priceCell = cell(r0, 'priceMin') || cell(r0, 'price');
      const ladder = g.length === 1 && !cell(r0, 'priceMax') && /[|;；]/.test(priceCell) && ladderSegments(priceCell).length >= 2;
      if (ladder) lines.push(`Tiers: ${ladderLine(priceCell, unit, currency)}`);
      else if (priceOf(r0)) lines.push(`Price: ${priceOf(r0)}${per}`);
      if (g.length > 1) lines.push(`SKU: ${g.map((r) => `${cell(r, 'id') || '?'} ${priceOf(r)}`).join(' | ')}`);
      else if (feeOption && priceOf(r0)) lines.push(`SKU: ${v0.replace(/[|;；]/g, ' ')} ${priceOf(r0)}`);
      else if (cell(r0, 'variant') && !variant1) {
        // Options of which only some carry a price ("with lid;no lid;silicone mat $0.08"): the others are at the row's price.
        const part = partlyPricedOptions(cell(r0, 'variant'));
        const top = part ? rowTopPrice(r0) : 0;
        if (part && top > 0) lines.push(`SKU: ${[...part.bare.map((n) => `${n} ${currency}${top}`), ...part.priced.map((x) => `${x.name} ${currency}${x.price}`)].join(' | ')}`);
        else lines.push(`Variant: ${cell(r0, 'variant')}`);
      }
    } else {
      lines.push(`SKU: ${g.map((r) => `${(variants(r) || cell(r, 'id') || '?').replace(/[|;；]/g, ' ')} ${priceOf(r)}`).join(' | ')}`);
    }
    // A cell that carries its own label ("MOQ: 1 pc", "Shipping: Free*") is a field line as it stands.
    const labelled = (v: string) => /^[^:：\d$¥€]{1,24}[:：]/.test(v);
    const moq = cell(r0, 'moq');
    // The MOQ's own unit column ("moq_unit", "起订单位") when there is one, else the price's unit.
    const moqUnit = unitCell(cell(r0, 'moqUnit')) || unit;
    if (moq) lines.push(labelled(moq) ? moq : `MOQ: ${/^[\d,.]+$/.test(moq) && moqUnit ? `${moq} ${moqUnit}` : moq}`);
    const ship = cell(r0, 'shipping');
    // A freight column per unit of goods ("ship_fee_per_unit_usd", "运费/件"): the fee of each unit, not of the order.
    const perUnitShip = at('shipping') >= 0 && SHIP_PER_UNIT.test(header[at('shipping')] ?? '') && /^[\d,.]+$/.test(ship.replace(/\s/g, ''));
    if (ship) lines.push(labelled(ship) ? amount(ship) : `Shipping: ${amount(ship)}${perUnitShip ? ` / ${unit || 'piece'}` : ''}`);
    const sample = cell(r0, 'sample');
    if (sample) lines.push(labelled(sample) ? amount(sample) : `Sample: ${amount(sample)}${/^[\d,.]+$/.test(sample.replace(/\s/g, '')) ? per : ''}`);
    const tiers = r0.filter((c, k) => (roles[k] === 'tiers' || roles[k] === 'steps') && c.trim()).map((c) => ladderLine(c.trim(), unit, currency));
    if (tiers.length) lines.push(`Tiers: ${tiers.join(' | ')}`);
    const skus = r0.flatMap((c, k) => (roles[k] === 'skus' ? skuSegments(c.trim()) : []));
    // (an options column only partly priced: the bare options at the row's price, as above)
    if (!skus.length)
      for (let k = 0; k < r0.length; k++) {
        const part = roles[k] === 'skus' ? partlyPricedOptions((r0[k] ?? '').trim()) : null;
        const top = part ? rowTopPrice(r0) : 0;
        if (part && top > 0) skus.push(...part.bare.map((name) => ({ name, price: String(top) })), ...part.priced);
      }
    if (skus.length) lines.push(`SKU: ${skus.map((x) => `${x.name.replace(/[|;；]/g, ' ')} ${currency}${x.price}`).join(' | ')}`);
    // Other columns (lead time, notes) as "Header: value" lines: a note can say what the price or MOQ really is.
    header.forEach((h, k) => {
      // Without a header the cell stands alone ("note: min order 1x20GP container", "Ready to ship").
      // A second column of a role already read ("Customized Logo MOQ" after "Min. Order") is a field of its own too.
      const again = roles[k] !== null && roles[k] !== 'steps' && roles[k] !== 'skus' && roles.indexOf(roles[k]!) < k;
      if (!((roles[k] === null || roles[k] === 'other' || roles[k] === 'text' || (again && h.trim())) && (r0[k] ?? '').trim())) return;
      // A second freight or price column ("shipping_invoiced_usd" after "shipping_on_page_usd"): its bare amount is in
      // the table's currency, and its header words ("invoiced", "charged") say which freight it is.
      const v = r0[k]!.trim();
      const money = again && (roles[k] === 'shipping' || roles[k] === 'price') ? amount(v) : v;
      // A second MOQ column its header calls the real one ("moq_actual", "实际起订量", "factory MOQ"): the real minimum, in
      // the MOQ's unit.
      if (again && roles[k] === 'moq' && REAL_MOQ_HEADER.test(h)) {
        lines.push(`Actual MOQ: ${v}${/^[\d,.]+$/.test(v) && moqUnit ? ` ${moqUnit}` : ''}`);
        return;
      }
      // ... and a second freight column per unit of goods ("ship_fee_per_unit_usd" after "shipping_template") is per unit too.
      const each = again && roles[k] === 'shipping' && SHIP_PER_UNIT.test(h) && /^[\d,.]+$/.test(v.replace(/\s/g, '')) ? ` / ${unit || 'piece'}` : '';
      lines.push(h.trim() ? `${again ? h.trim().replace(/_/g, ' ') : h.trim()}: ${money}${each}` : v);
    });
    out.push(lines.join('\n'));
  }
  return out;
}


// A header naming the real minimum, beside the one shown.
const REAL_MOQ_HEADER = /\b(?:actual|real|true|factory|production)\b|(?:^|[ _-])(?:actual|real|true)(?:$|[ _-])|实际|真实|工厂|生产/i;

/** The delimiter of a header row: the one of comma, semicolon or tab that splits it into the most cells (at least 3). */
function pickDelimiter(line: string, delims = ['\t', ';', ',', '，', '|']): string | null {
  let best: string | null = null;
  let bestN = 2;
  // Delimiters inside quoted cells do not count ("1-99:3.5;100-499:3.2" in one cell of a comma row).
  const bare = line.includes('"') ? line.replace(/"[^"]*"/g, '""') : line;
  for (const d of delims) {
    // (each delimiter is one character: the cells are its count plus one)
    let n = 1;
    for (let k = bare.indexOf(d); k !== -1; k = bare.indexOf(d, k + 1)) n++;
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/**
 * RFC 4180 rows (csv-parse): quoted cells may hold the delimiter, doubled quotes and line breaks; cells are trimmed
 * (a quote after a space still opens a quoted cell); Windows and Unix line ends both end a row. A paste is cut
 * anywhere, so a quote left open at the end closes there; a paste whose quotes make no CSV ('"3/4" pipe' in a cell)
 * is read with quotes as plain text rather than refused.
 */
function parseRows(text: string, delim: string): string[][] {
  const opts = { delimiter: delim, record_delimiter: ['\r\n', '\n'], relax_quotes: true, relax_column_count: true, trim: true };
  try {
    return parseCsv(text, opts) as string[][];
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') {
      try {
        return parseCsv(`${text}"`, opts) as string[][];
      } catch {
        // falls through to quotes as text
      }
    }
    return parseCsv(text, { ...opts, quote: false }) as string[][];
  }
}

function currencyOfHeader(h: string): string | null {
  // (美元 US dollars and 欧元 euros end in 元 too: only a 元 no other currency's name ends in is yuan.)
  if (/rmb|cny|人民币|(?<![美欧港日])元|¥|￥/i.test(h)) return '¥';
  if (/eur|€|欧元/i.test(h)) return '€';
  if (/usd|\$|美元|美金/i.test(h)) return 'US$';
  return null;
}

/** The unit a price header names after a slash or "per" ("Price (USD/ton)", "price_usd_per_kg", "单价(元/吨)"), if known. */
function headerUnit(h: string, rules: ListingRules): string {
  const m = /(?:\/|(?:^|[ _-])per[ _-]?)\s*([A-Za-z]+|\p{Script=Han}{1,3})\s*[)）]?\s*$/u.exec(h);
  const u = m?.[1];
  return u && rules.unitByName.has(u.toLowerCase()) ? u : '';
}

/** "Bag (450g)" is a bag: the unit is the cell's first word. */
function unitCell(v: string): string {
  // "USD/pc", "per carton": the unit is what follows the currency and the slash.
  return v.replace(/\s*[(（].*$/, '').replace(/^(?:US\s?\$|USD|RMB|CNY|EUR|\$)?\s*(?:\/|per\s)\s*/i, '').trim();
}

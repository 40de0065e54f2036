/**
 * Numbered rows of a backend form, read whatever their separator: "SKU 2: Gift box only → $0.02", "Tier 3: >=100 pcs   2.05",
 * "SKU 3  Color=Dust bag only  price=0.05  stock=9999". Each becomes the indented "name  US$price" row the parser reads (a
 * quantity range there is a price tier, a name a SKU under a "SKU:" heading). A bare number is in US dollars, the currency of
 * the international site's backend. The label words are data (rows.yaml).
 */
export function numberedRows(text: string, label: { word: RegExp; gate: RegExp } | null): string {
  if (!label || !label.gate.test(text)) return text;
  const out: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    const row = rowOf(line);
    if (!row) {
      out.push(line);
      inBlock = false;
      continue;
    }
    // A block of SKU rows needs a heading the parser knows; tier rows are read by their quantity range alone.
    if (!inBlock && !TIER_BODY.test(row.body)) out.push('SKU:');
    inBlock = true;
    out.push(`  ${row.body}  ${row.price}`);
  }
  return out.join('\n');

  function rowOf(line: string): { body: string; price: string } | null {
    const head = ROW_HEAD.exec(line);
    if (!head || !label!.word.test(head[1]!)) return null;
    const m = ROW_REST.exec(line.slice(head[0].length));
    if (!m) return null;
    const body = m[1]!.replace(KEY_PREFIX, '').trim();
    // ("tier2 price: 0.085", a CSV column named for a tier: a field of that tier, not a row naming goods)
    if (!body || FIELD_NAME.test(body)) return null;
    return { body, price: /^\s*\d/.test(m[2]!) ? `US$${m[2]!.trim()}` : m[2]!.trim() };
  }
}

/** A price field whose value is bare numbers ("Price range: 0.01 - 0.02", "Unit price: 0.80") in US dollars, as the parser
 *  reads a price: the international site's backend prices in dollars and shows no sign. */
export function barePrices(text: string, field: RegExp | null): string {
  if (!field) return text;
  // ("Price type: Range   Min: 0.60   Max: 0.85", "价格类型：区间价  最低价：15.00  最高价：25.00": a range form's min and max fields
  // on one line are its price range, in the backend's dollars too; round 45)
  const ranged = MIN_MAX_FIELDS.test(text) ? text.replace(MIN_MAX_FIELDS, (_, lead: string, lo: string, hi: string) => `${lead}Price range: US$${lo} - US$${hi}`) : text;
  return ranged.replace(field, (_, label: string, value: string, unit?: string) => label + value.replace(/\d[\d,]*(?:\.\d+)?/g, (n) => `US$${n}`) + (unit ?? ''));
}
// A line of a range form's minimum and maximum price fields with bare numbers: labelled as prices ("最低价", "Min price"), or
// after the form's price type of a range ("Price type: Range   Min: 0.60   Max: 0.85"); a currency field may follow.
const MIN_MAX_FIELDS =
  /^([ \t]*)(?:(?:price\s*type|pricing|价格类型|报价类型|价格方式)\s*[:：]\s*(?:range|区间价?)\s+(?:min(?:imum)?\.?(?:\s*price)?|最低(?:单)?价)|min(?:imum)?\.?\s*price|最低(?:单)?价)\s*[:：]\s*(\d[\d,]*(?:\.\d+)?)\s+(?:max(?:imum)?\.?(?:\s*price)?|最高(?:单)?价)\s*[:：]\s*(\d[\d,]*(?:\.\d+)?)(?:\s+(?:currency|币种)\s*[:：]\s*(?:USD|US\$|美元))?[ \t]*$/gimu;

// "SKU 2:", "Tier 3)", "档位1：": a label word, its number, then punctuation or a space ("Tier 1-9" is no row number).
const ROW_HEAD = /^[ \t]*([A-Za-z\p{Script=Han}]{1,10})\s*#?\s*\d{1,2}(?:\s*[:：.)]\s*|\s+)/u;
// The rest: a name or range, a separator, the price (maybe behind "price="), then only stock or a unit may follow.
const ROW_REST = /^(.+?)\s*(?:→|->|=>|⇒|[:：]|\t|\s{2,})\s*(?:(?:price|价格|单价)\s*[=:：]\s*)?((?:US\s?\$|USD\s?|\$)?\s?\d[\d,]*(?:\.\d+)?)(?:\s*\/\s*[A-Za-z\p{Script=Han}]+)?(?:\s+(?:stock|库存|inventory|qty)\s*[=:：]?\s*\d+)?\s*$/iu;
// A column's name after its tier's number.
const FIELD_NAME = /^(?:price|unit\s*price|range|qty|quantity|moq|min\.?\s*order|价格|单价|数量|区间|起订量)$/i;
// "Color=Black": a key before the option's value.
const KEY_PREFIX = /^[A-Za-z\p{Script=Han}]{1,12}\s*=\s*/u;
const TIER_BODY = /^\s*(?:>=|≥|>|≤|<=)?\s*\d[\d,]*(?:\s*(?:-|~|to)\s*\d[\d,]*)?\s*\+?\s*[A-Za-z\p{Script=Han}.]{0,12}\s*\+?$/u;

/**
 * Price-tier rows under a heading that names them ("Pricing mode: Tiered", "价格类型：阶梯价"), each an indented quantity range
 * and a bare amount ("  1-4 pcs   2,350", "  ≥ 500 副       0.42"): the amount is in US dollars, the backend's currency, as a
 * bare price field's is. Each becomes the "range  US$amount" row the parser reads; the block ends at the first other line.
 */
export function bareTierRows(text: string, heading: RegExp | null): string {
  if (!heading || !heading.test(text)) return text;
  const lines = text.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heading.test(line)) {
      inBlock = true;
      continue;
    }
    if (!inBlock) continue;
    const m = BARE_TIER_ROW.exec(line);
    if (!m) {
      inBlock = false;
      continue;
    }
    lines[i] = `${m[1]}  US$${m[2]}`;
  }
  return lines.join('\n');
}
// An indented quantity range with its unit, two spaces, a tab or a colon ("  100-999: 2.60"), then a bare amount (a thousands comma allowed).
const BARE_TIER_ROW = /^([ \t]+(?:>=|≥|>)?\s*\d[\d,]*(?:\s*(?:-|~|–|to)\s*\d[\d,]*)?\s*\+?\s*[A-Za-z\p{Script=Han}]{0,12})(?:\s{2,}|\t|\s*[:：]\s*)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$/u;

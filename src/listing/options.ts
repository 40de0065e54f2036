/**
 * An options cell of a CSV row where only some options carry their own price ("with lid;no lid;silicone mat $0.08",
 * "100pcs;60pcs;bag only $0.80"): on the product page every option has a price, and one with none of its own is sold at
 * the row's price. Read so, the priced add-on stands beside the product's options at the product's price, and the SKU
 * rules judge it as they judge any other SKU.
 */

// One option with its own price at its end: "硅胶垫 silicone mat $0.08", "power cord: 0.01", "Lanyard US$0.02".
const PRICED = /^(.*?\p{L}.*?)\s*(?:[:：=]\s*)?(?:US\s?\$|\$|USD\s?)\s*(\d+(?:\.\d+)?)$|^(.*?\p{L}.*?)\s*[:：=]\s*(\d+(?:\.\d+)?)$/u;
// An option with no price: a short name, no amount, no currency.
const BARE = /^[^$¥€￥:：=]{1,40}$/u;

export interface PartlyPricedOptions {
  priced: { name: string; price: string }[];
  bare: string[];
}

/** The cell's options when some, not all, carry a price of their own and every other one is a short bare name; else null. */
export function partlyPricedOptions(v: string): PartlyPricedOptions | null {
  if (v.length > 400 || !/[;；|]/.test(v) || !/\d/.test(v)) return null;
  const priced: { name: string; price: string }[] = [];
  const bare: string[] = [];
  for (const raw of v.split(/[;；|]/)) {
    const seg = raw.trim();
    if (!seg) continue;
    const m = PRICED.exec(seg);
    if (m) priced.push({ name: (m[1] ?? m[3])!.trim(), price: (m[2] ?? m[4])! });
    else if (BARE.test(seg) && /\p{L}|\d/u.test(seg)) bare.push(seg);
    else return null;
  }
  return priced.length && bare.length ? { priced, bare } : null;
}

// A list cell's parts: "Set 9in|Set 10in|Thank you card", "$7.8|$6.2|$0.01".
const LIST_SEP = /\s*[|;；]\s*/;
const BARE_AMOUNT = /^(?:US\s?\$|\$|USD\s?)?\s*(\d+(?:\.\d+)?)$/i;

/**
 * A row whose option names and option prices sit in two cells as parallel lists ("Set 9in|Set 10in|Thank you card|Cloth
 * bag" beside "4.92|5.60|0.01|0.05", "三层|两层|备用密封圈(赠品)" beside "$7.8|$6.2|$0.01"): the n-th price is the n-th option's.
 * The names' cell becomes one cell of SKUs ("Set 9in: 4.92; ..."), the prices' cell the range they show; other rows as
 * they are. `skip` is the column that names the product (never a list of options).
 */
export function zipParallelLists(row: string[], skip: number): string[] {
  let prices = -1;
  let parts: string[] = [];
  for (let k = 0; k < row.length; k++) {
    const c = (row[k] ?? '').trim();
    if (!LIST_SEP.test(c)) continue;
    const ps = c.split(LIST_SEP);
    if (ps.length >= 2 && ps.every((x) => BARE_AMOUNT.test(x))) {
      prices = k;
      parts = ps.map((x) => BARE_AMOUNT.exec(x)![1]!);
      break;
    }
  }
  if (prices < 0) return row;
  for (let k = 0; k < row.length; k++) {
    if (k === prices || k === skip) continue;
    const names = (row[k] ?? '').trim().split(LIST_SEP);
    if (names.length !== parts.length || !names.every((n) => /\p{L}/u.test(n) && !/[:：=$¥€￥]/.test(n))) continue;
    const out = [...row];
    // (a name that starts with a figure, "10in", keeps it behind a word so the cell of SKUs reads it as a name)
    out[k] = names.map((n, i) => `${n.replace(/^(?=\d)/, '#')}: ${parts[i]}`).join('; ');
    const nums = parts.map(Number);
    out[prices] = `${Math.min(...nums)}-${Math.max(...nums)}`;
    return out;
  }
  return row;
}

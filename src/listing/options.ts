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

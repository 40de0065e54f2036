/**
 * A ladder whose quantities are the column headers ("商品, 单位, 1-99, 100-999, 1000-4999, ≥5000", "item, qty_1_9, qty_10_99,
 * qty_100_plus"): each row's cells under those headers are its prices per step. Read as one "Tiers" cell, as a ladder
 * spread over numbered pairs of columns is, so the ladder rules see the steps (a last step at $0.02 after $10.30).
 */

// One header naming a quantity step: "1-99", "100 - 999 pcs", "≥5000", ">=1000", "1000+", "qty_1_9", "qty_100_plus", "5000以上".
// ... with the step named as a tier or price ("tier_1_99", "tier_1000_plus", "price_100_999"; round 43).
const QTY_HEADER = /^(?:(?:qty|quantity|moq|数量|tier|price|阶梯|价格)[ _-]?)?(≥|>=|>|＞)?\s*(\d[\d,]*)\s*(?:(?:[-~–_至]|to)\s*(\d[\d,]*))?\s*(\+|[ _-]?plus|以上|及以上|or more|and above)?\s*(?:pcs|pieces|units?|sets?|个|件|套|只|kg)?$/i;

/** The columns whose headers are quantity steps, each with its step written as the ladder reader takes it; null under two. */
export function qtyHeaderColumns(header: string[]): [number, string][] | null {
  const out: [number, string][] = [];
  header.forEach((h, k) => {
    const m = QTY_HEADER.exec(h.trim());
    if (!m) return;
    const from = m[2]!.replace(/,/g, '');
    const to = m[3]?.replace(/,/g, '');
    // A bare number with nothing around it ("2022", "500") is no step unless other steps follow it (the last one open).
    out.push([k, m[1] || m[4] ? `>=${from}` : to ? `${from}-${to}` : from]);
  });
  if (out.length < 2) return null;
  // Steps in order of their first quantity, each starting above the last: a ladder, not a row of years or sizes.
  const starts = out.map(([, s]) => Number(/\d+/.exec(s)![0]));
  for (let i = 1; i < starts.length; i++) if (!(starts[i]! > starts[i - 1]!)) return null;
  // Bare numbers alone ("2021, 2022, 2023") are no ladder: at least one step must be a range or open-ended.
  if (!out.some(([, s]) => /[-=]/.test(s))) return null;
  // A bare start runs to the next step's start; the last is open.
  return out.map(([k, s], i) => {
    if (/[-=]/.test(s)) return [k, s];
    const next = starts[i + 1];
    return [k, next !== undefined && next > Number(s) + 1 ? `${s}-${next - 1}` : `>=${s}`];
  });
}

/** The rows with the quantity-step columns folded into one "Tiers" cell ("1-99:12.50|100-999:11.20|>=5000:0.02"). */
export function joinQtyColumns(rows: string[][], cols: [number, string][]): string[][] {
  const drop = new Set(cols.map(([k]) => k));
  return rows.map((r, i) => {
    const kept = r.filter((_, k) => !drop.has(k));
    if (i === 0) return [...kept, 'Tiers'];
    const steps = cols.filter(([k]) => /\d/.test(r[k] ?? '')).map(([k, q]) => `${q}:${r[k]!.trim().replace(/^(?:US\s?\$|\$|USD)\s*/i, '')}`);
    return [...kept, steps.join('|')];
  });
}

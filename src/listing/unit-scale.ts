/**
 * A price far above its category's range that fits the range once divided by a thousand: goods the trade prices per
 * kilogram labelled per gram (a bulk chemical at "$0.52 / Gram", 25,000 grams MOQ), per ton labelled per kilogram, per
 * litre labelled per millilitre. The figure is the real one; the unit shown is a thousand times too small, which is the
 * briefing's "unusual unit" (price_unit), not a dear product. Weight and volume only: a piece has no smaller unit.
 */
export function thousandfoldUnit(usdPerRef: number, range: { usdMin: number; usdMax: number }, dim: string): { en: string; zh: string } | null {
  if (dim !== 'mass' && dim !== 'liquid') return null;
  if (range.usdMax >= Number.MAX_VALUE) return null;
  const scaled = usdPerRef / 1000;
  if (scaled < range.usdMin || scaled > range.usdMax) return null;
  return dim === 'mass' ? { en: 'a unit a thousand times larger (per kilogram for grams, per ton for kilograms)', zh: '大一千倍的单位（克应为千克、千克应为吨）' } : { en: 'a unit a thousand times larger (per litre for millilitres)', zh: '大一千倍的单位（毫升应为升）' };
}

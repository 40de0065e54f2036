import type { Lang } from '../core/types.js';
import type { Money, Unit } from './types.js';

const SYMBOL: Record<Money['currency'], string> = { USD: '$', CNY: '¥', EUR: '€' };

/** "$1,500.00", "$0.01", "¥15.00": two decimals, more for sub-cent prices so they never print as $0.00. */
export function fmtMoney(m: Money): string {
  const v = m.value;
  const digits = v !== 0 && Math.abs(v) < 0.01 ? 4 : 2;
  return SYMBOL[m.currency] + v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtUsd(v: number): string {
  return fmtMoney({ value: v, currency: 'USD', usd: v });
}

/** Ratios as people say them: 3,948×, 111×, 2.6×. */
export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return '∞';
  if (r >= 100) return `${Math.round(r).toLocaleString('en-US')}×`;
  if (r >= 10) return `${r.toFixed(0)}×`;
  return `${r.toFixed(1)}×`;
}

export function fmtPercent(share: number): string {
  const p = share * 100;
  return p < 1 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

export function fmtQty(qty: number, unit: Unit | undefined, lang: Lang): string {
  const n = qty.toLocaleString('en-US', { maximumFractionDigits: 3 });
  if (!unit) return n;
  return lang === 'zh' && /\p{Script=Han}/u.test(unit.label) ? `${n}${unit.label}` : `${n} ${unit.label.replace(/\s?\.{2,3}$/, '…')}`;
}

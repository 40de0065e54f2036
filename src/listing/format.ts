import type { Lang } from '../core/types.js';
import type { Money, Unit } from './types.js';

/** 1234567.891 -> "1,234,567.89". Hand-written: toLocaleString costs more than the whole rest of a check. */
export function grouped(v: number, digits: number): string {
  const fixed = Math.abs(v).toFixed(digits);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (v < 0 ? '-' : '') + out + (dot < 0 ? '' : fixed.slice(dot));
}

/** Up to `max` decimals without trailing zeros: 2.5, 1,000, 0.125. */
function trimmed(v: number, max: number): string {
  const s = grouped(v, max);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const SYMBOL: Record<Money['currency'], string> = { USD: '$', CNY: '¥', EUR: '€' };

/** "$1,500.00", "$0.01", "¥15.00": two decimals, more for sub-cent prices so they never print as $0.00. */
export function fmtMoney(m: Money): string {
  const v = m.value;
  const digits = v !== 0 && Math.abs(v) < 0.01 ? 4 : 2;
  return SYMBOL[m.currency] + grouped(v, digits);
}

export function fmtUsd(v: number): string {
  return fmtMoney({ value: v, currency: 'USD', usd: v });
}

/** Ratios as people say them: 3,948×, 111×, 2.6×. */
export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return '∞';
  if (r >= 100) return `${grouped(Math.round(r), 0)}×`;
  if (r >= 10) return `${r.toFixed(0)}×`;
  return `${r.toFixed(1)}×`;
}

export function fmtPercent(share: number): string {
  const p = share * 100;
  return p < 1 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

export function fmtQty(qty: number, unit: Unit | undefined, lang: Lang): string {
  const n = trimmed(qty, 3);
  if (!unit) return n;
  return lang === 'zh' && /\p{Script=Han}/u.test(unit.label) ? `${n}${unit.label}` : `${n} ${unit.label.replace(/\s?\.{2,3}$/, '…')}`;
}

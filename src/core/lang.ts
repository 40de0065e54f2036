import type { Lang } from './types.js';

const HAN = /\p{Script=Han}/gu;

/** Chinese when Han characters are a meaningful share of the letters; mixed drafts lean Chinese since the rep typed Chinese. */
export function detectLang(text: string): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  // Counted without the arrays of matches: no Han character lies below U+2E80, and Latin letters are counted by code.
  let wide = false;
  for (let i = 0; i < sample.length && !wide; i++) wide = sample.charCodeAt(i) >= 0x2e80;
  if (!wide) return 'en';
  let latin = 0;
  // The common ideographs (U+4E00-U+9FD5, all Han) counted on the way: when they alone make the share, the exact count
  // (the pattern, with its array of matches) is not needed.
  let common = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fd5) common++;
    const c = code | 0x20;
    if (c >= 0x61 && c <= 0x7a) latin++;
  }
  if (common && common * 3 >= latin * 0.5) return 'zh';
  const han = sample.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  return han * 3 >= latin * 0.5 ? 'zh' : 'en';
}

/** Pick the user-facing string in the user's language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

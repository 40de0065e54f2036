import type { Lang } from './types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Chinese when Han characters are a meaningful share of the letters; mixed drafts lean Chinese since the rep typed Chinese. */
export function detectLang(text: string): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (han === 0) return 'en';
  return han * 3 >= latin * 0.5 ? 'zh' : 'en';
}

/** Pick the user-facing string in the user's language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

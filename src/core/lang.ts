import type { Lang } from './types.js';

const HAN = /\p{Script=Han}/gu;

// Traditional characters of the words the checker's rules and the router's frames look for (contact, app, payment,
// order, file words, question particles) and of the policy words the FAQ ranks briefing lines by (page, rule,
// violation, penalty, level), folded to their simplified form so a message typed in Traditional Chinese
// (微信號, 電話, 聯繫我, 這樣回OK嗎, 實際收的運費) reads like one in Simplified. Pairs: traditional, simplified; one UTF-16 unit each,
// so offsets into a folded text are offsets into the original.
const TRADITIONAL = '號号電电話话聯联繫系郵邮帳账賬账戶户碼码機机傳传給给發发請请們们寶宝銀银轉转匯汇網网際际買买賣卖單单貨货運运費费價价錢钱這这裡里與与為为個个麼么嗎吗對对說说讓让還还過过來来會会開开幫帮點点線线經经聽听訊讯軟软體体連连絡络詢询問问題题圖图視视頻频檔档資资樣样鏈链結结訂订時时間间腦脑紹绍認认識识僅仅於于從从雲云盤盘載载錄录讀读寫写聲声場场廠厂長长專专業业務务員员門门關关係系臉脸書书紅红飛飞達达選选擇择優优惠惠圍围獨独獲获護护帶带後后佈布鍵键撥拨實实條条紙纸盒盒愛爱團团歡欢頁页標标規规則则違违處处顯显級级權权簽签證证續续約约廣广覽览罰罚';
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(Array.from({ length: TRADITIONAL.length / 2 }, (_, i) => [TRADITIONAL[2 * i]!, TRADITIONAL[2 * i + 1]!]));

// Cantonese written forms of common function words, with their Mandarin counterparts, so that a draft typed in
// written Cantonese (唔俾用 WhatsApp, 我哋冇 Telegram group, 一律唔收, 直接俾我) reads to the checker's Chinese rules as
// the same words in Mandarin (不给用, 我们没, 一律不收, 直接给我). Pairs: Cantonese, Mandarin; one UTF-16 unit each, so
// offsets stay put. Only characters that are not ordinary Mandarin words of their own (俾 and 啲 are rare in Mandarin).
const CANTONESE = '唔不冇没哋们喺在嘅的俾给畀给咗了佢他啲的睇看嚟来揾找搵找乜什';
export const CANTONESE_TO_MANDARIN: ReadonlyMap<string, string> = new Map(Array.from({ length: CANTONESE.length / 2 }, (_, i) => [CANTONESE[2 * i]!, CANTONESE[2 * i + 1]!]));

/** The text with the Traditional characters above in their simplified form; the same length, character for character. */
export function foldTraditional(text: string): string {
  let out = '';
  for (const c of text) out += TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

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

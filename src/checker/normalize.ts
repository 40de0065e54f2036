/**
 * Normalised views of a draft, each keeping a map back to the original UTF-16 offsets so a finding
 * always points at the characters the rep typed. Reps (and spammers) disguise contacts with full-width
 * forms, homoglyphs, invisible characters, spaced-out letters and spelled digits; recognizers run on
 * these views instead of on the raw text.
 */

import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import { loadSpelledNumbers } from './spelled-numbers.js';
import { CANTONESE_TO_MANDARIN, TRADITIONAL_TO_SIMPLIFIED } from '../core/lang.js';

/** A normalised string; char i came from original[st[i], en[i]). */
export interface View {
  s: string;
  st: ArrayLike<number>;
  en: ArrayLike<number>;
}

const LITTLE_ENDIAN = endianness() === 'LE';

function charsOf(codes: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * Growable pair of offset arrays plus the characters. One scratch builder per view kind is reused across
 * drafts (the checker is synchronous), and view() copies out exactly what was written.
 */
class ViewBuilder {
  st = new Int32Array(1024);
  en = new Int32Array(1024);
  codes = new Uint16Array(1024);
  n = 0;
  reset(): this {
    this.n = 0;
    return this;
  }
  /** Makes room for `cap` chars in total, keeping what was written; hot loops then write the arrays directly. */
  reserve(cap: number) {
    if (cap <= this.codes.length) return;
    const size = Math.max(cap, this.codes.length * 2);
    const st = new Int32Array(size);
    const en = new Int32Array(size);
    const codes = new Uint16Array(size);
    st.set(this.st);
    en.set(this.en);
    codes.set(this.codes);
    [this.st, this.en, this.codes] = [st, en, codes];
  }
  /** The characters written so far. */
  chars(): string {
    // Native UTF-16 decode of the scratch buffer (no copy): far cheaper than fromCharCode.apply, and it keeps
    // lone surrogates as they are. Uint16Array is host-endian, hence the check.
    return LITTLE_ENDIAN ? Buffer.from(this.codes.buffer, this.codes.byteOffset, this.n * 2).toString('utf16le') : charsOf(this.codes, this.n);
  }
  /** The view written, its offset maps copied out of the scratch arrays into `buf` from `at` (st, then en). */
  copyTo(s: string, buf: Int32Array, at: number): View {
    const n = this.n;
    buf.set(this.st.subarray(0, n), at);
    buf.set(this.en.subarray(0, n), at + n);
    return { s, st: buf.subarray(at, at + n), en: buf.subarray(at + n, at + 2 * n) };
  }
  view(): View {
    return this.copyTo(this.chars(), new Int32Array(2 * this.n), 0);
  }
}

export function origSpan(v: View, a: number, b: number): [number, number] {
  if (b <= a) return [v.st[a] ?? 0, v.st[a] ?? 0];
  return [v.st[a]!, v.en[b - 1]!];
}

const foldScratch = new ViewBuilder();
const compactScratch = new ViewBuilder();

// Zero-width, bidi controls, variation selectors, keycap/enclosing combiners, tag characters.
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff ||
    cp === 0xffa0 || (cp >= 0x20dd && cp <= 0x20e4) || (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff) || (cp >= 0x1f3fb && cp <= 0x1f3ff)
  );
}

// Letters that look like Latin ones (applied after lower-casing).
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c',
  т: 't', у: 'y', х: 'x', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ɡ: 'g', ь: 'b', г: 'r',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ϲ: 'c', ϳ: 'j', ς: 's', ζ: 'z', օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', ı: 'i', ȷ: 'j', ⅼ: 'l',
  // Small capitals and other letter-like forms NFKC leaves alone.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  '＠': '@', '。': '.', '｡': '.', '﹫': '@', '．': '.',
};

// Traditional characters fold to their simplified form (core/lang.ts), so rules may be written in either.
for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) HOMOGLYPHS[traditional] ??= simplified;
// And written Cantonese to Mandarin (core/lang.ts), so the Chinese rules' negations and verbs read both.
for (const [cantonese, mandarin] of CANTONESE_TO_MANDARIN) HOMOGLYPHS[cantonese] ??= mandarin;

/** Moves an end offset past trailing invisible characters (keycap combiners, variation selectors). */
export function extendOverInvisible(text: string, end: number): number {
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (!isInvisible(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

const foldCache = new Map<number, string>();

function foldCodePoint(cp: number, ch: string): string {
  const hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (cp >= 0x2776 && cp <= 0x277f) out = String((cp - 0x2776 + 1) % 10 === 0 ? 10 : cp - 0x2776 + 1); // ❶..❿
  else if (cp >= 0x2780 && cp <= 0x2789) out = String(cp - 0x2780 + 1); // ➀..➉
  else if (cp >= 0x278a && cp <= 0x2793) out = String(cp - 0x278a + 1); // ➊..➓
  else if (cp >= 0x24f5 && cp <= 0x24fe) out = String(cp - 0x24f5 + 1); // ⓵..⓾
  else if (cp === 0x24ff || cp === 0x1f10c) out = '0';
  else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) out = String.fromCharCode(97 + cp - 0x1f1e6); // regional indicators
  else if ((cp >= 0x1f170 && cp <= 0x1f189) || (cp >= 0x1f150 && cp <= 0x1f169)) out = String.fromCharCode(97 + ((cp - 0x1f150) % 32) % 26);
  else if (/\p{Nd}/u.test(ch) && !/^[0-9]$/.test(ch.normalize('NFKC'))) out = String(decimalValue(cp)); // Arabic-Indic, Devanagari, Thai...
  else {
    out = ch.normalize('NFKC').toLowerCase();
    if (/\p{M}/u.test(out) || /[^\x00-\x7f]/.test(out)) out = out.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    let mapped = '';
    for (const c of out) mapped += HOMOGLYPHS[c] ?? c;
    out = mapped;
  }
  if (foldCache.size < 50_000) foldCache.set(cp, out);
  return out;
}

/**
 * A rule's source with its non-ASCII letters folded as the text views fold them (accents dropped, Cyrillic and
 * Greek look-alikes mapped, kana voicing marks dropped), so rules can be written in each language's own spelling
 * ("número", "номер", "ワッツアップ") and still match the folded text. ASCII, and so all regex syntax, is untouched.
 */
export function foldLetters(src: string): string {
  if (!/[^\x00-\x7f]/.test(src)) return src;
  let out = '';
  // Combining marks go too (Thai tone marks, Devanagari vowel signs), as in the text, but not the emoji
  // variation selectors and keycap mark that rules write after an emoji ('☎️?').
  for (const ch of src) {
    const folds = ch > '\x7f' && (/\p{L}/u.test(ch) || (/\p{M}/u.test(ch) && !/[\ufe00-\ufe0f\u20e3]/u.test(ch)));
    out += folds ? foldCodePoint(ch.codePointAt(0)!, ch) : ch;
  }
  return out;
}

/** Value of a Unicode decimal digit: Nd digits come in contiguous runs of ten starting at zero. */
function decimalValue(cp: number): number {
  let start = cp;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Text view: NFKC, lower-case, homoglyphs folded, invisible characters dropped. */
export function foldText(text: string): View {
  foldInto(text);
  return foldScratch.view();
}

/** The text view written into the fold scratch arrays. */
function foldInto(text: string): void {
  const vb = foldScratch.reset();
  vb.reserve(text.length);
  let { codes, st, en } = vb;
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // Characters stacked one a line ("加\n我\n绿\n泡\n泡") are one word written downwards: the line break between
      // two lone Han characters is dropped, so every rule reads "加我绿泡泡".
      if (c === 10 && stackedBreak(text, i)) {
        i++;
        continue;
      }
      // ASCII fast path: control characters other than newline/tab become spaces.
      codes[n] = c >= 65 && c <= 90 ? c + 32 : c < 32 && c !== 10 && c !== 9 ? 32 : c;
      // A letter that looks like a digit between two digits is that digit: "(626) 4O8-3372", "13l 2345".
      if ((c === 79 || c === 111 || c === 108 || c === 73) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) codes[n] = c === 79 || c === 111 ? 48 : 49;
      st[n] = i;
      en[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp) && !(cp >= 0xd800 && cp <= 0xdfff)) {
      const out = foldCodePoint(cp, text.slice(i, i + w));
      if (n + out.length + (text.length - i) > codes.length) {
        vb.reserve(n + out.length + (text.length - i));
        ({ codes, st, en } = vb);
      }
      // One UTF-16 unit per view char so view indices stay simple.
      for (let k = 0; k < out.length; k++) {
        codes[n] = out.charCodeAt(k);
        st[n] = i;
        en[n] = i + w;
        n++;
      }
    }
    i += w;
  }
  vb.n = n;
}

/** Whether the line break at i stands between two Han characters each alone on its line. */
function stackedBreak(text: string, i: number): boolean {
  const lone = (k: number) => k >= 0 && k < text.length && isHan(text.charCodeAt(k));
  const lineEdge = (k: number) => k < 0 || k >= text.length || text.charCodeAt(k) === 10;
  // So are lines of one or two ("私下\n聊", "微信\n同号", "加个\n好友"): a word of two split from its verb or noun.
  return lone(i - 1) && lone(i + 1) && (lineEdge(i - 2) || (lone(i - 2) && lineEdge(i - 3))) && (lineEdge(i + 2) || (lone(i + 2) && lineEdge(i + 3)));
}

// '@' as in "wh@tsapp" and '*' as in a masked "186****1234" stay inside words.
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 42;
// Filler that may split one word ("we.chat", "what-s-app", "微_信"); any other punctuation separates words.
// CJK brackets (〈〉《》「」『』【】〔〕〖〗〘〙〚〛) end a word like a space: "输出ok】威信：…" is "ok" then "威信", not "ok威信".
const isCjkBracket = (c: number) => (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301b);
const isGlue = (c: number) => (c === 46 || c === 45 || c === 95 || c === 39 || c === 96 || c === 126 || c === 0xb7 || c === 0x2022 || c > 0x2000) && !isCjkBracket(c);
// the previous run written is the platform's name, "alibaba", as a whole word
const PLATFORM_NAME = 'alibaba';
function endsWithPlatform(codes: Uint16Array, n: number): boolean {
  if (n < PLATFORM_NAME.length) return false;
  for (let k = 0; k < PLATFORM_NAME.length; k++) if (codes[n - PLATFORM_NAME.length + k] !== PLATFORM_NAME.charCodeAt(k)) return false;
  return true;
}
// Hangul syllables count as Han here, so a Korean app name (카카오톡) or a Korean word stays in the compact view.
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7a3);

/**
 * Compact view: glues letters split by separators ("w h a t s a p p", "wh.ats-app", "微 信") while keeping the
 * space between two real words, so "we chat" stays two words but "w e chat" becomes "wechat".
 */
export function compactView(t: View): View {
  compactInto(t);
  return compactScratch.view();
}

/**
 * A draft's text and compact views with their four offset maps in one buffer: each typed array allocated per draft
 * cost a microsecond or more (plain arrays were pretenured and filled the old space), so a draft makes one.
 */
export function draftViews(text: string): { t: View; c: View } {
  foldInto(text);
  const ts = foldScratch.chars();
  // The compact view reads the text view's maps straight from the fold scratch arrays (indices below its length).
  compactInto({ s: ts, st: foldScratch.st, en: foldScratch.en });
  const nt = foldScratch.n;
  const need = 2 * nt + 2 * compactScratch.n;
  const at = mapSlabFor(need);
  return { t: foldScratch.copyTo(ts, mapSlab, at), c: compactScratch.copyTo(compactScratch.chars(), mapSlab, at + 2 * nt) };
}

// The offset maps of successive drafts are cut from one large buffer, never reused: a typed array per draft
// allocated (and zeroed) its own backing store outside the heap, which cost as much as folding the draft and
// counted as external memory that brought the garbage collector round sooner. A slab stays alive while any view
// cut from it does.
const SLAB = 1 << 16;
let mapSlab = new Int32Array(SLAB);
let slabUsed = 0;
/** Where `need` entries of mapSlab start (a fresh slab when this one is full). */
function mapSlabFor(need: number): number {
  if (slabUsed + need > mapSlab.length) {
    mapSlab = new Int32Array(Math.max(SLAB, need));
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += need;
  return at;
}

/** The compact view of t written into the compact scratch arrays. */
function compactInto(t: View): void {
  const s = t.s;
  const vb = compactScratch.reset();
  // At most two chars out per char in: a separator goes before a run after a gap, and also between Han and a Latin
  // run that touch ("绿色app"), where there is no gap char to stand for it. Under-reserving here once wrote past the
  // scratch arrays on long drafts (ERR_BUFFER_OUT_OF_BOUNDS on the next 100 KB draft).
  vb.reserve(2 * s.length + 1);
  const { codes, st, en } = vb;
  const tst = t.st;
  const ten = t.en;
  let n = 0;
  // Writes are inlined below: a closure here was rebuilt (and, under tsx, renamed) on every call.
  let prevRunLen = 0; // length of the previous alnum run
  let prevKind: 'none' | 'alnum' | 'han' | 'other' = 'none';
  let gapWs = false;
  let gapHasBreak = false;
  let gapEnd = false; // the gap ends a sentence (emitted as '\n'); other breaks are emitted as ','
  let gapStart = -1;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isAlnum(c)) {
      let j = i;
      while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
      const len = j - i;
      if (prevKind === 'alnum' || prevKind === 'han') {
        const join = prevKind === 'alnum' && !gapHasBreak && (!gapWs || (prevRunLen === 1 && len === 1));
        if (!join) {
          codes[n] = gapEnd ? 10 : gapHasBreak ? 44 : 32;
          // A separator with no gap char (Han touching Latin) spans nothing, at the run's start.
          st[n] = gapStart < 0 ? tst[i]! : tst[gapStart]!;
          en[n++] = gapStart < 0 ? tst[i]! : ten[gapStart]!;
        }
      }
      // The platform's own domain reads as its name: "Alibaba.com doesn't allow it" is "alibaba doesnt allow it", as
      // the rules write it, not "alibabacom doesnt …", which no rule naming the platform matches.
      const platformDomain = len === 3 && prevKind === 'alnum' && !gapWs && !gapHasBreak && prevRunLen === 7 && s.charCodeAt(i - 1) === 46 && endsWithPlatform(codes, n) && s.startsWith('com', i);
      if (!platformDomain) {
        for (let k = i; k < j; k++) {
          codes[n] = s.charCodeAt(k);
          st[n] = tst[k]!;
          en[n++] = ten[k]!;
        }
      }
      prevRunLen = platformDomain ? prevRunLen : len;
      prevKind = 'alnum';
      gapWs = false;
      gapHasBreak = false;
      gapEnd = false;
      gapStart = -1;
      i = j;
    } else if (isHan(c)) {
      if ((prevKind === 'alnum' && (gapWs || gapHasBreak)) || (prevKind === 'han' && gapHasBreak)) {
        codes[n] = gapEnd ? 10 : gapHasBreak ? 44 : 32;
        st[n] = tst[gapStart]!;
        en[n++] = ten[gapStart]!;
      }
      codes[n] = c;
      st[n] = tst[i]!;
      en[n++] = ten[i]!;
      prevKind = 'han';
      prevRunLen = 0;
      gapWs = false;
      gapHasBreak = false;
      gapEnd = false;
      gapStart = -1;
      i++;
    } else {
      if (gapStart < 0) gapStart = i;
      // Sentence punctuation and line breaks separate words for good; other symbols are filler.
      if (c === 10 || c === 33 || c === 63 || c === 0xff01 || c === 0xff1f) gapHasBreak = gapEnd = true;
      else if (c === 44 || c === 59 || c === 0xff0c || c === 0x3001) gapHasBreak = true;
      else if (c === 32 || c === 9 || c === 0x3000 || !isGlue(c)) gapWs = true;
      else if (c === 46 && (i + 1 >= s.length || !isAlnum(s.charCodeAt(i + 1)))) gapHasBreak = gapEnd = true; // ". " ends a sentence
      if (prevKind === 'none') prevKind = 'other';
      i++;
    }
  }
  vb.n = n;
}

const ZH_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 貳: '2', 三: '3', 叁: '3', 參: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8',
  九: '9', 玖: '9', 勾: '9',
};
// Characters read like a digit, the way numbers are spelled to slip past filters ("要伞酒，耳爸七腰" is 139 2871).
// Each is an ordinary word too, so one counts only beside another numeral or sound-alike: "要 500 个" stays a want.
const ZH_SOUND_ALIKE_DIGITS: Record<string, string> = {
  要: '1', 腰: '1', 妖: '1', 衣: '1', 依: '1', 伊: '1', 耳: '2', 尔: '2', 饵: '2', 伞: '3', 散: '3', 仨: '3',
  思: '4', 丝: '4', 死: '4', 舞: '5', 武: '5', 午: '5', 吴: '5', 刘: '6', 溜: '6', 流: '6', 妻: '7', 漆: '7', 齐: '7',
  爸: '8', 扒: '8', 酒: '9', 久: '9', 韭: '9', 灵: '0', 铃: '0', 玲: '0', 令: '0',
};
// Digits as words in the languages buyers and reps read numbers aloud in ("oh" is English for a spoken zero;
// German, Spanish, Portuguese, French, Turkish, Indonesian after accent folding: fünf -> funf, três -> tres).
const EN_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', funf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  dois: '2', quatro: '4', sete: '7', oito: '8', nove: '9',
  deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
  // Turkish and Indonesian after folding (sıfır -> sifir, üç -> uc, beş -> bes).
  sifir: '0', bir: '1', iki: '2', uc: '3', dort: '4', bes: '5', alti: '6', yedi: '7', sekiz: '8', dokuz: '9',
  nol: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9',
};
// Numbers from ten up read aloud in pairs ("seventy-seven", "soixante-dix-sept", "quarante et un", "setenta y
// siete", "vinte e dois"). A tens word stands for two digits; a unit word right after it (joined by "-", a space
// or "and / et / y / e / und") fills the second.
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dix: 10, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, oitenta: 80,
};
// Two digits in one word: ten to nineteen, and Spanish 21-29 ("veintidós").
const PAIRS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veintiuno: 21, veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  dez: 10, doze: 12, treze: 13, catorze: 14, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19,
};
// Words that join a tens word to its unit, and units that count only there ("vingt et un", "treinta y un").
const TENS_JOINERS = new Set(['and', 'et', 'y', 'e', 'und']);
// Digit words that are also a city or an article ("Lima", Turkish "bir" = "a"): digits only inside a number already
// being read aloud, so "our agent in Lima 987 654 321" keeps the city out of the number.
const ONLY_AFTER_SPELLED = new Set(['lima', 'bir']);
const UNIT_AFTER_TENS: Record<string, string> = { un: '1', une: '1', um: '1', uma: '1' };
// Every number word in one map, one lookup per candidate word: a unit is 0-9, a tens word 100 + its value, a pair
// 200 + its value.
const NUMBER_WORDS = new Map<string, number>([
  ...Object.entries(EN_DIGITS).map(([w, d]) => [w, Number(d)] as [string, number]),
  ...Object.entries(TENS).map(([w, v]) => [w, 100 + v] as [string, number]),
  ...Object.entries(PAIRS).map(([w, v]) => [w, 200 + v] as [string, number]),
]);
// The other languages' number words are data (rules/spelled-numbers.yaml), folded as the text is: a hundreds word
// is 300 + its first digit. Their flags: "hundred" after a unit ("beş yüz"), the word for "+" ("más", "плюс"), and
// words read as digits only inside a spelled number (wordsOnly: never beside typed digits either).
const HUNDRED_AFTER_UNIT = new Set<string>();
const PLUS_WORDS = new Set<string>();
const WORDS_ONLY = new Set<string>();
{
  const data = loadSpelledNumbers();
  const add = (m: Record<string, number>, code: (v: number) => number) => {
    for (const [w, v] of Object.entries(m)) NUMBER_WORDS.set(foldLetters(w), code(v));
  };
  add(data.units, (v) => v);
  add(data.tens, (v) => 100 + v);
  add(data.pairs, (v) => 200 + v);
  add(data.hundreds, (v) => 300 + v / 100);
  for (const w of data.hundredAfterUnit) HUNDRED_AFTER_UNIT.add(foldLetters(w));
  for (const w of data.plus) PLUS_WORDS.add(foldLetters(w));
  for (const w of data.onlyInside) ONLY_AFTER_SPELLED.add(foldLetters(w));
  for (const w of data.wordsOnly) WORDS_ONLY.add(foldLetters(w));
}
// Letters a number word may be written in after folding: Latin, Cyrillic (partly folded to Latin look-alikes, so a
// word may mix both), Arabic and Persian.
const isWordLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3);
// First letters of the number words not in plain a-z (and Arabic "و", "and", glued before a number word).
const IS_INTL_WORD_START = new Uint8Array(65536);
for (const w of [...NUMBER_WORDS.keys(), ...PLUS_WORDS]) if (!/^[a-z]+$/.test(w)) IS_INTL_WORD_START[w.charCodeAt(0)] = 1;
IS_INTL_WORD_START[0x648] = 1;
// Hot loop lookups by char code / (first letter, length), so most characters and words never become strings.
const ZH_DIGIT_BY_CODE = new Map<number, string>([...Object.entries(ZH_DIGITS), ...Object.entries(ZH_SOUND_ALIKE_DIGITS)].map(([k, v]) => [k.charCodeAt(0), v]));
// The same two lookups as byte tables: every Han character and most words of a draft ask, and almost all miss.
// 1: a numeral; 2: a sound-alike, a digit only beside another of either.
const IS_ZH_DIGIT = new Uint8Array(65536);
for (const k of Object.keys(ZH_SOUND_ALIKE_DIGITS)) IS_ZH_DIGIT[k.charCodeAt(0)] = 2;
for (const k of Object.keys(ZH_DIGITS)) IS_ZH_DIGIT[k.charCodeAt(0)] = 1;
// Shapes of number words by (first letter, second letter, length): "the" and most other words skip the map lookup.
// (15: the length field of a shape; "cuatrocientos" is 13.)
const MAX_NUMBER_WORD = 15;
const shapeOf = (c0: number, c1: number, len: number) => ((c0 - 97) * 26 + (c1 - 97)) * 16 + len;
const EN_DIGIT_SHAPES = new Uint8Array(26 * 26 * 16);
for (const w of [...NUMBER_WORDS.keys(), ...PLUS_WORDS]) if (/^[a-z]{2,}$/.test(w)) EN_DIGIT_SHAPES[shapeOf(w.charCodeAt(0), w.charCodeAt(1), w.length)] = 1;

/** A run of digits (possibly masked with * or x) joined across separators, e.g. "+86 186-1234 5678", "八六一八六...". */
export interface DigitRun {
  digits: string; // 0-9 and 'M' for a masked digit
  plus: boolean;
  start: number; // view (T) indices
  end: number;
  spelled: boolean; // some digits came from words or Chinese numerals
  glued: boolean; // touches a letter on either side, like "1Z0096..." or "SKU12345678AB": a code, not a number
}

const MAX_GAP = 4;
const DIGIT_CHARS = '0123456789'.split('');

function isRunSeparator(s: string, i: number, c: number): boolean {
  if (c === 32 || c === 9 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || c === 95 || c === 126 || c === 0x3000) return true;
  if (c < 0x80 || (c >= 0x3400 && c <= 0x9fff)) return false;
  return /[\p{So}\p{Sk}\p{Pd}\p{Zs}\p{Cn}·•‧]/u.test(s[i]!) || (c >= 0xd800 && c <= 0xdfff);
}

const isDigitAt = (s: string, k: number) => k >= 0 && k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57;
/** Length of the digit group that ends just before k (dir -1) or starts at k (dir 1). */
function groupLength(s: string, k: number, dir: 1 | -1): number {
  let n = 0;
  while (isDigitAt(s, k + dir * n)) n++;
  return n;
}

const SINGLES_BEFORE = /(?:^|\D)\d[-.]\d[-.]\d$/;
const SINGLES_AFTER = /^\s?\d[-.]\d(?!\d)/;

/**
 * Punctuation that splits a number to get past filters: "138、1234、5678", "+86|138|1234|5678", "0812;345;678",
 * "138,1234,5678". A mark between digit groups joins them; a comma does only where it cannot be a thousands
 * separator (a group of four or more before it, or not exactly three digits after it), and then for the whole run.
 * Lists keep their space after the comma ("1,000, 2,000"), so they stay apart.
 */
function joinsDigitGroups(s: string, i: number, c: number, r: { commaJoined: boolean; plus: boolean }): boolean {
  if (c === 44) {
    // Digits typed one by one in dashed groups ("1-3-9, 5-0-7-1, 2-2-8-4"): the comma joins them, space or not.
    // A list keeps a group of three singles on one side at most ("ages 3-5, 6-8" has two).
    if (SINGLES_BEFORE.test(s.slice(Math.max(0, i - 6), i)) && SINGLES_AFTER.test(s.slice(i + 1, i + 6))) {
      r.commaJoined = true;
      return true;
    }
    if (!isDigitAt(s, i - 1) || !isDigitAt(s, i + 1)) return false;
    if (!r.commaJoined && !r.plus && groupLength(s, i - 1, -1) < 4 && groupLength(s, i + 1, 1) === 3) return false;
    r.commaJoined = true;
    return true;
  }
  if (c !== 0x3001 && c !== 124 && c !== 59) return false;
  let a = i - 1;
  while (a >= 0 && s.charCodeAt(a) === 32) a--;
  let b = i + 1;
  while (b < s.length && s.charCodeAt(b) === 32) b++;
  return isDigitAt(s, a) && isDigitAt(s, b);
}

/**
 * State of one digitRuns scan. Methods on a class rather than closures in digitRuns: under tsx every closure
 * made per call also goes through a naming helper, which cost more than the scan's own work on short drafts.
 */
class RunScan {
  runs: DigitRun[] = [];
  digits = '';
  plus = false;
  start = -1;
  end = -1;
  gap = 0;
  spelled = false;
  pendingPlus = false;
  // A tens word's first digit is in `digits`; its second is still open ("seventy" waits for "-seven").
  tens = 0;
  // The last digit pushed came from "quatre", which "vingt" after it turns into 80 (quatre-vingt).
  lastQuatre = false;
  // A comma has already joined two digit groups of this run ("138,1234,5678"), so later commas do too.
  commaJoined = false;
  // A hundreds word's first digit is in `digits`; its other two are still open ("ciento" waits for "treinta y seis").
  hund = false;
  // The last word read was a unit, which a "hundred" after it multiplies ("beş yüz", "deux cents").
  lastUnit = false;
  // The run holds typed digits, or a digit word too common to join them (wordsOnly): the two never mix.
  typed = false;
  wordsOnly = false;
  constructor(readonly s: string) {}
  /** A tens word with no unit after it ends in 0. */
  closeTens(): void {
    if (this.hund) {
      this.digits += '00'; // a hundred with nothing after it ("сто", "ciento")
      this.hund = false;
    }
    if (this.tens === 0) return;
    this.digits += '0';
    this.tens = 0;
  }
  /** A spelled word that may extend a number; false when it is no number word (the caller ends the run). */
  word(w: string, a: number, b: number): boolean {
    const wasQuatre = this.lastQuatre;
    const wasUnit = this.lastUnit;
    this.lastQuatre = false;
    this.lastUnit = false;
    const code = NUMBER_WORDS.get(w) ?? (this.tens ? Number(UNIT_AFTER_TENS[w] ?? NaN) : NaN);
    // (every kind of number word: Turkish "on" is a tens word, and "Delivery on 2026-12-18" must not read "on" as 10)
    if (!Number.isNaN(code)) {
      if (ONLY_AFTER_SPELLED.has(w) && !(this.spelled && this.digits.length > 0)) return false;
      if (WORDS_ONLY.has(w)) {
        if (this.typed) return false;
        this.wordsOnly = true;
      }
    }
    if (code < 10) {
      const unit = DIGIT_CHARS[code]!;
      if (this.tens) {
        this.tens = 0;
        this.digits += unit;
        this.end = b;
        this.gap = 0;
      } else if (this.hund) {
        this.hund = false;
        this.digits += '0' + unit; // "ciento seis"
        this.end = b;
        this.gap = 0;
      } else this.push(unit, a, b, true);
      this.lastQuatre = w === 'quatre';
      this.lastUnit = true;
      return true;
    }
    if (code >= 300) {
      if (HUNDRED_AFTER_UNIT.has(w) && wasUnit && this.tens === 0 && !this.hund) {
        this.hund = true; // the unit before is the hundreds digit: "beş yüz" is 5xx
        this.end = b;
        this.gap = 0;
      } else {
        this.closeTens();
        this.push(String(code - 300), a, b, true);
        this.hund = true;
      }
      return true;
    }
    if (this.hund && code >= 100) {
      // The tens or the pair of a hundred ("сто двадцать", "девятьсот шестнадцать").
      this.hund = false;
      const v = code - (code >= 200 ? 200 : 100);
      if (code < 200) {
        this.digits += String(v / 10);
        this.tens = v;
      } else this.digits += String(v);
      this.end = b;
      this.gap = 0;
      return true;
    }
    if (code >= 100 && code < 200) {
      const tens = code - 100;
      if (tens === 20 && wasQuatre) {
        this.digits = this.digits.slice(0, -1) + '8'; // quatre-vingt
        this.tens = 80;
        this.end = b;
        this.gap = 0;
      } else if (tens === 10 && (this.tens === 60 || this.tens === 80)) {
        this.digits = this.digits.slice(0, -1) + String((this.tens + 10) / 10); // soixante-dix, quatre-vingt-dix
        this.tens += 10;
        this.end = b;
        this.gap = 0;
      } else {
        this.closeTens();
        this.push(String(tens / 10), a, b, true);
        this.tens = tens;
      }
      return true;
    }
    if (code >= 200) {
      const pair = code - 200;
      if ((this.tens === 60 || this.tens === 80) && pair > 10 && pair < 20) {
        this.digits = this.digits.slice(0, -1) + String((this.tens + pair) / 10 | 0) + String(pair % 10); // soixante et onze
        this.tens = 0;
        this.end = b;
        this.gap = 0;
      } else {
        this.closeTens();
        this.push(String(pair), a, b, true);
      }
      return true;
    }
    return this.tens !== 0 && TENS_JOINERS.has(w);
  }
  isLetter(k: number): boolean {
    const s = this.s;
    return k >= 0 && k < s.length && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122;
  }
  flush(): void {
    this.closeTens();
    this.lastQuatre = false;
    // Four digits: small territories (Tokelau, Tristan da Cunha) have 4-digit mobiles; the phone rule keeps
    // such short runs only right after a call verb.
    if (this.digits.length >= 4) {
      const glued = !this.spelled && !this.plus && (this.isLetter(this.start - 1) || this.isLetter(this.end));
      this.runs.push({ digits: this.digits, plus: this.plus, start: this.start, end: this.end, spelled: this.spelled, glued });
    }
    this.digits = '';
    this.plus = false;
    this.start = -1;
    this.gap = 0;
    this.spelled = false;
    this.commaJoined = false;
    this.lastUnit = false;
    this.typed = false;
    this.wordsOnly = false;
  }
  push(d: string, a: number, b: number, isSpelled: boolean): void {
    this.closeTens();
    if (this.start < 0) {
      this.start = this.pendingPlus ? a - 1 : a;
      this.plus = this.pendingPlus;
    }
    this.digits += d;
    this.end = b;
    this.gap = 0;
    if (isSpelled) this.spelled = true;
    else this.typed = true;
    this.pendingPlus = false;
  }
}

/** The word after a "plus" word (past spaces) is a number word: "más cincuenta", not "más fotos". */
function nextIsNumberWord(s: string, j: number): boolean {
  while (j < s.length && s.charCodeAt(j) === 32) j++;
  let k = j;
  while (k < s.length && isWordLetter(s.charCodeAt(k))) k++;
  return k > j && NUMBER_WORDS.has(s.slice(j, k));
}

/**
 * A Chinese mobile typed in groups one a line, as it is grouped ("139\n2345\n6781"): the break at i ends a line of
 * digits only, the run so far is the mobile's first 3 (1, then 3-9) or first 7 digits, and the next line is 4 digits.
 * Other numbers on lines (sizes, counts, "1500\n1200\n900") stay apart.
 */
function stackedMobile(s: string, i: number, digits: string): boolean {
  if ((digits.length !== 3 && digits.length !== 7) || digits.charCodeAt(0) !== 49 || digits.charCodeAt(1) < 51 || digits.charCodeAt(1) > 57) return false;
  const lineDigits = (from: number, step: 1 | -1): number => {
    let n = 0;
    for (let k = from; k >= 0 && k < s.length && s.charCodeAt(k) !== 10; k += step) {
      const d = s.charCodeAt(k);
      if (d >= 48 && d <= 57) n++;
      else if (d !== 32) return -1;
    }
    return n;
  };
  return lineDigits(i - 1, -1) === (digits.length === 3 ? 3 : 4) && lineDigits(i + 1, 1) === 4;
}

/** Linear scan for digit runs; the phone recognizer validates them. */
export function digitRuns(t: View): DigitRun[] {
  const s = t.s;
  const r = new RunScan(s);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (r.wordsOnly) r.flush();
      r.push(DIGIT_CHARS[c - 48]!, i, i + 1, false);
      i++;
      continue;
    }
    // A lone "×" is the multiplication sign of a size ("1080 × 1350", "85.5×54mm"), not a masked digit: masks come in
    // runs ("138××××5678").
    if (c === 215 && s.charCodeAt(i - 1) !== 215 && s.charCodeAt(i + 1) !== 215) {
      r.flush();
      r.pendingPlus = false;
      i++;
      continue;
    }
    if (c === 42 || c === 215 || c === 0x25cf) {
      // "*", "×", "●": masked digits still show intent to share a number.
      r.push('M', i, i + 1, false);
      i++;
      continue;
    }
    if (c >= 97 ? c <= 122 || (c >= 0x400 && isWordLetter(c)) : false) {
      let j = i;
      let ascii = true;
      for (let k = s.charCodeAt(j); j < s.length && isWordLetter(k); k = s.charCodeAt(++j)) if (k > 122) ascii = false;
      const len = j - i;
      const shaped = ascii
        ? len >= 2 && len <= MAX_NUMBER_WORD && EN_DIGIT_SHAPES[shapeOf(c, s.charCodeAt(i + 1), len)] === 1
        : len >= 2 && IS_INTL_WORD_START[c] === 1;
      const maybeNumber = shaped || (r.tens !== 0 && len <= 4);
      let word = maybeNumber || (len >= 2 && c === 120) ? s.slice(i, j) : '';
      // Arabic writes "and" glued to the next word ("وخمسة"): inside a number it joins the digits.
      if (!ascii && c === 0x648 && !NUMBER_WORDS.has(word) && NUMBER_WORDS.has(word.slice(1)) && r.spelled) word = word.slice(1);
      if (shaped && PLUS_WORDS.has(word) && nextIsNumberWord(s, j)) {
        r.flush(); // "más cincuenta y dos", "плюс восемь": the "+" of a number read aloud
        r.pendingPlus = true;
      } else if (maybeNumber && r.word(word, i, j)) {
        // a number word, or the "et" / "y" joining a tens word to its unit
      } else if (c === 120 && /^x{2,}$/.test(word) && (r.digits.length > 0 || /^[\s\-]*\d/.test(s.slice(j, j + 3)))) {
        r.push('M'.repeat(word.length), i, j, false);
      } else {
        r.flush();
        r.pendingPlus = false;
      }
      i = j;
      continue;
    }
    const zhKind = c >= 0x3007 ? IS_ZH_DIGIT[c]! : 0;
    const zh = zhKind === 1 || (zhKind === 2 && (IS_ZH_DIGIT[s.charCodeAt(i - 1)]! > 0 || IS_ZH_DIGIT[s.charCodeAt(i + 1)]! > 0)) ? ZH_DIGIT_BY_CODE.get(c) : undefined;
    if (zh) {
      r.push(zh, i, i + 1, true);
      i++;
      continue;
    }
    if (c === 43) {
      if (r.digits.length > 0) r.flush();
      r.pendingPlus = s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57 || IS_ZH_DIGIT[s.charCodeAt(i + 1)] === 1 || (s.charCodeAt(i + 1) >= 97 && s.charCodeAt(i + 1) <= 122);
      i++;
      continue;
    }
    // A comma may split a number read aloud: "oh-seven-nine-five-six, two-two-one, eight-four-seven". A line break
    // may split a "+" number still too short to be one ("+86 137\n0532\n6619"); other lines stay apart.
    // (Arabic and Persian write the comma as "،".)
    if (c === 44 || c === 0x60c) r.closeTens(); // "seventy, seven" is two numbers read aloud
    if (r.digits.length > 0 && joinsDigitGroups(s, i, c, r)) {
      if (++r.gap > MAX_GAP) r.flush();
      i++;
      continue;
    }
    if (isRunSeparator(s, i, c) || ((c === 44 || c === 0x60c) && r.spelled && r.digits.length > 0) || (c === 10 && r.digits.length > 0 && r.digits.length < 11 && (r.plus || stackedMobile(s, i, r.digits)))) {
      if (r.digits.length > 0 && ++r.gap > MAX_GAP) r.flush();
      i++;
      continue;
    }
    r.flush();
    r.pendingPlus = false;
    i++;
  }
  r.flush();
  return r.runs;
}

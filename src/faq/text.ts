/**
 * Text analysis shared by the index and the query side: glossary concepts, Chinese bigrams,
 * light English stemming, numbers. Both sides must use the same functions or scores drift.
 */
import type { Glossary } from './knowledge.js';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_OR_NUM = /[a-z]+(?:'[a-z]+)?|\d+(?:,\d{3})*(?:\.\d+)?(?:\s*万)?/gu;

// Function words and question words: they carry no topic, so they must not count as unmatched content.
const ZH_STOP = [
  '请问', '请', '一下', '我们', '我的', '我', '你们', '你', '您', '他们', '他', '她', '它', '的话', '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '啦',
  '是不是', '是否', '是', '有没有', '和', '与', '或者', '或', '这个', '那个', '这些', '那些', '这样', '那样', '这', '那', '什么', '怎么办', '怎么样',
  '怎么', '怎样', '如何', '为什么', '多少', '哪些', '哪个', '哪里', '哪', '几', '能不能', '会不会', '需要', '就', '都', '也', '还', '被', '把',
  '让', '如果', '时候', '现在', '之后', '以后', '然后', '但是', '但', '所以', '因为', '可不可以', '可以', '么', '一个', '想问', '想',
  '问题', '知道', '告诉', '一些', '关于', '应该', '呃', '嗯', '啥', '咋办', '咋', '到底', '具体', '情况', '一般', '觉得',
  '要', '会', '能', '在', '有', '个', '得', '地', '着', '过', '到', '给', '对', '又', '再', '下', '收', '用', '去', '做', '说', '看', '算',
];
const ZH_STOP_SORTED = [...new Set(ZH_STOP)].sort((a, b) => b.length - a.length);

const EN_STOP = new Set(
  ('a an the is are was were be been being am do does did doing done have has had having i me my mine myself we us our ours you your yours he him his she her ' +
    'it its they them their this that these those what which who whom whose when where why how much many of in on at to for from by with about as into onto ' +
    'if then than so and or but not no nor can could will would should shall may might must there here any some all get got gets please tell know want need ' +
    'hi hello hey thanks thank also just really still now s t m re ve ll d don doesn didn isn aren won wouldn cant im it\'s what\'s i\'m happen happens happened ' +
    'mean means meaning anything something thing things way one ones exactly actually kind sort like does do say says said guy guys dear sir madam team ' +
    'question questions ask asking asked help wondering wonder let make sure okay ok yes yeah well else other another every each our very quite too more most ' +
    'up out over only own same such both few why whether while during before after above below between through again further once').split(/\s+/),
);

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Crude but symmetric stemmer: queries and documents go through it alike, so only consistency matters. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function isEnglishStopword(word: string): boolean {
  return EN_STOP.has(word);
}

interface CompiledTerm {
  id: string;
  term: string;
}

/** Finds glossary terms in normalised text; returns concept ids and the spans they cover. */
export class ConceptMatcher {
  private readonly han: CompiledTerm[] = [];
  private readonly latin: RegExp | null;
  private readonly latinIds = new Map<string, string[]>();

  constructor(glossary: Glossary) {
    const latinTerms: string[] = [];
    for (const entry of glossary.terms) {
      for (const raw of entry.terms) {
        const term = normalize(raw).trim();
        if (!term) continue;
        if (/\p{Script=Han}/u.test(term)) this.han.push({ id: entry.id, term });
        else {
          const ids = this.latinIds.get(term) ?? [];
          if (!ids.includes(entry.id)) ids.push(entry.id);
          this.latinIds.set(term, ids);
          latinTerms.push(term);
        }
      }
    }
    const alternation = [...new Set(latinTerms)]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'))
      .join('|');
    this.latin = alternation ? new RegExp(`(?<![a-z0-9])(${alternation})(?:s|es|ed|ing|d)?(?![a-z0-9])`, 'g') : null;
  }

  match(text: string): { ids: string[]; spans: [number, number][] } {
    const ids: string[] = [];
    const spans: [number, number][] = [];
    for (const { id, term } of this.han) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(term, from);
        if (at < 0) break;
        ids.push(id);
        spans.push([at, at + term.length]);
        from = at + term.length;
      }
    }
    if (this.latin) {
      this.latin.lastIndex = 0;
      for (const m of text.matchAll(this.latin)) {
        const key = m[1]!.replace(/[\s-]+/g, ' ');
        const found = this.latinIds.get(key) ?? this.lookupLoose(key);
        if (found) ids.push(...found);
        spans.push([m.index!, m.index! + m[0].length]);
      }
    }
    return { ids, spans };
  }

  private lookupLoose(key: string): string[] | undefined {
    for (const [term, ids] of this.latinIds) if (term.replace(/[\s-]+/g, ' ') === key) return ids;
    return undefined;
  }
}

/** A piece of meaning in a query; coverage is measured per unit so long phrases don't dominate. */
export interface Unit {
  kind: 'concept' | 'han' | 'latin' | 'num';
  tokens: string[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits a Han run at stopwords, then at word boundaries, merging stray single characters. */
function hanPieces(run: string, isKnown: (token: string) => boolean): string[] {
  const parts: string[] = [];
  let buf = '';
  let i = 0;
  outer: while (i < run.length) {
    for (const sw of ZH_STOP_SORTED) {
      if (run.startsWith(sw, i)) {
        // a one-character function word that forms a policy term with its neighbour (要求, 没有, 到账) is content
        if (sw.length === 1 && (isKnown(run.slice(i - 1, i + 1)) || isKnown(run.slice(i, i + 2)))) continue;
        if (buf) parts.push(buf);
        buf = '';
        i += sw.length;
        continue outer;
      }
    }
    buf += run[i];
    i++;
  }
  if (buf) parts.push(buf);
  const pieces: string[] = [];
  for (const part of parts) {
    if (part.length <= 2) {
      pieces.push(part);
      continue;
    }
    let singles = '';
    for (const { segment } of segmenter.segment(part)) {
      if (segment.length === 1) singles += segment;
      else {
        if (singles) pieces.push(singles);
        singles = '';
        pieces.push(segment);
      }
    }
    if (singles) pieces.push(singles);
  }
  return pieces;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function numberTokens(raw: string): string[] {
  const wan = /万$/.test(raw);
  const digits = raw.replace(/万$/, '').replace(/\s+/g, '').replace(/,/g, '');
  const out = [digits];
  if (wan) out.push(String(Math.round(Number(digits) * 10000)));
  return out;
}

function blank(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const units = text.split('');
  for (const [a, b] of spans) for (let i = a; i < b; i++) units[i] = ' ';
  return units.join('');
}

/** Query analysis: concepts replace the words they cover; everything else becomes units. */
export function analyzeQuery(text: string, matcher: ConceptMatcher, isKnown: (token: string) => boolean = () => false): Unit[] {
  const norm = normalize(text);
  const { ids, spans } = matcher.match(norm);
  const units: Unit[] = [...new Set(ids)].map((id) => ({ kind: 'concept' as const, tokens: ['@' + id] }));
  const rest = blank(norm, spans);
  for (const m of rest.matchAll(HAN_RUN)) {
    for (const piece of hanPieces(m[0], isKnown)) units.push({ kind: 'han', tokens: bigrams(piece) });
  }
  const latinText = rest.replace(HAN_RUN, ' ');
  for (const m of latinText.matchAll(LATIN_OR_NUM)) {
    const w = m[0];
    if (/^\d/.test(w)) units.push({ kind: 'num', tokens: numberTokens(w) });
    else if (w.length > 1 && !EN_STOP.has(w)) {
      const s = stem(w);
      if (!EN_STOP.has(s)) units.push({ kind: 'latin', tokens: [s] });
    }
  }
  return units;
}

/** Document analysis: keeps every word and adds concepts on top (documents are never blanked). */
export function analyzeDoc(text: string, matcher: ConceptMatcher): string[] {
  const norm = normalize(text);
  const out: string[] = matcher.match(norm).ids.map((id) => '@' + id);
  for (const m of norm.matchAll(HAN_RUN)) {
    const run = m[0];
    for (const ch of run) out.push(ch);
    if (run.length > 1) out.push(...bigrams(run));
  }
  const latinText = norm.replace(HAN_RUN, ' ');
  for (const m of latinText.matchAll(LATIN_OR_NUM)) {
    const w = m[0];
    if (/^\d/.test(w)) out.push(...numberTokens(w));
    else if (w.length > 1 && !EN_STOP.has(w)) out.push(stem(w));
  }
  return out;
}

/**
 * Numeric values a text states, normalised so "30万" and "300,000" compare equal.
 * Used to prove knowledge figures come from the source and that LLM answers invent none.
 */
export function extractNumbers(text: string): string[] {
  const norm = text.normalize('NFKC');
  const out: string[] = [];
  for (const m of norm.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?(\s*万)?/g)) {
    const digits = m[0].replace(/\s*万$/, '').replace(/,/g, '');
    const value = Number(digits);
    out.push(String(m[1] ? Math.round(value * 10000) : value));
  }
  return out;
}

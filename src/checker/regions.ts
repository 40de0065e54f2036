import { Metadata, getCountries, type CountryCode } from 'libphonenumber-js/core';
import mobileMetadata from 'libphonenumber-js/metadata.mobile.json';
import type { RegionRules } from './rules.js';

/**
 * National-format mobile numbers for every region libphonenumber knows, and the regions a draft points at.
 * The mobile metadata gives each region's trunk prefix and mobile pattern; testing a digit run against a
 * region is a prefix strip and one anchored regex, cheap enough to try every region on the few runs that
 * reach this stage.
 */

interface Plan {
  region: string;
  callingCode: string;
  trunk: RegExp | null; // national prefix for parsing, anchored at the start
  transform: string | null; // "9$1": what the captured part of the prefix becomes (Argentina)
  mobile: RegExp;
  lengths: Set<number>;
}

export interface RegionIndex {
  regions: string[];
  /** Regions where `digits` (as typed, national format) is a valid mobile number. */
  mobileRegions(digits: string, only?: Iterable<string>): string[];
  /** Regions a draft names (country, city, demonym, currency) or dials (+code). */
  inferRegions(text: string, plusRuns: string[]): Set<string>;
  markets: Set<string>;
  /** Mobile numbers after a legacy token ("+52 1 55 ...") when the international parse fails. */
  legacyToken(callingCode: string): string | null;
  byCallingCode(digits: string): string[];
}

/** The numbering-plan accessors libphonenumber-js implements (and uses itself) but leaves out of its typings. */
interface NumberingPlanApi {
  callingCode(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  possibleLengths(): number[];
  type(name: 'MOBILE'): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

function buildPlans(): Map<string, Plan> {
  const md = new Metadata(mobileMetadata as never);
  const plans = new Map<string, Plan>();
  for (const region of getCountries(mobileMetadata as never)) {
    md.selectNumberingPlan(region as CountryCode);
    const np = md.numberingPlan as unknown as NumberingPlanApi;
    const type = np.type('MOBILE');
    if (!type) continue;
    const parse = np.nationalPrefixForParsing();
    plans.set(region, {
      region,
      callingCode: np.callingCode(),
      trunk: parse ? new RegExp(`^(?:${parse})`) : null,
      transform: np.nationalPrefixTransformRule() ?? null,
      mobile: new RegExp(`^(?:${type.pattern()})$`),
      lengths: new Set(type.possibleLengths() ?? np.possibleLengths()),
    });
  }
  return plans;
}

/** National significant numbers a typed national number may stand for in one region. */
function significant(plan: Plan, digits: string): string[] {
  const out = [digits];
  const m = plan.trunk?.exec(digits);
  if (m && m[0].length > 0) {
    const rest = digits.slice(m[0].length);
    out.push(rest);
    if (plan.transform && m[1] !== undefined) out.push(plan.transform.replace(/\$(\d)/g, (_, k: string) => m[Number(k)] ?? '') + rest);
  }
  return out;
}


export function buildRegionIndex(rules: RegionRules): RegionIndex {
  const plans = buildPlans();
  const regions = [...plans.keys()];
  const all = [...plans.values()];
  const byCc = new Map<string, string[]>();
  for (const p of all) byCc.set(p.callingCode, [...(byCc.get(p.callingCode) ?? []), p.region]);

  // Cue -> regions: Intl names for every region (en, zh), then the aliases from rules/detection. Latin cues
  // are looked up as whole words (up to four), Chinese cues as substrings of a run of Han characters, so
  // inference is a few Map lookups per word instead of one regex with a thousand alternatives.
  const ignored = new Set(rules.ignoreNames.map((n) => n.toLowerCase()));
  const latin = new Map<string, Set<string>>();
  const han = new Map<string, Set<string>>();
  let maxWords = 1;
  let maxHan = 1;
  const add = (raw: string, region: string) => {
    const key = raw.normalize('NFKC').toLowerCase().trim();
    if (key.length < 2 || ignored.has(key)) return;
    if (/^[\u3400-\u9fff]+$/.test(key)) {
      if (key.length < 2) return;
      maxHan = Math.max(maxHan, key.length);
      if (!han.has(key)) han.set(key, new Set());
      han.get(key)!.add(region);
      return;
    }
    const words = key.split(/[^a-z0-9.$£€¥₦₹₱฿₫₩']+/).filter(Boolean);
    if (words.length === 0) return;
    maxWords = Math.max(maxWords, words.length);
    const k = words.join(' ');
    if (!latin.has(k)) latin.set(k, new Set());
    latin.get(k)!.add(region);
  };
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const zh = new Intl.DisplayNames(['zh'], { type: 'region' });
  for (const r of regions) for (const name of [en.of(r), zh.of(r)]) if (name && name !== r) add(name, r);
  for (const [r, list] of Object.entries(rules.aliases)) for (const a of list) add(a, r);
  const WORD = /[a-z0-9]+(?:\.[a-z0-9]+)*\.?\$?|[$£€¥₦₹₱฿₫₩]/g;
  const HAN_RUN = /[\u3400-\u9fff]{2,}/g;

  return {
    regions,
    markets: new Set(rules.markets),
    mobileRegions(digits, only) {
      const out: string[] = [];
      const list = only ? [...only].map((r) => plans.get(r)).filter((p): p is Plan => !!p) : all;
      for (const p of list) {
        for (const nsn of significant(p, digits)) {
          if (p.lengths.has(nsn.length) && p.mobile.test(nsn)) {
            out.push(p.region);
            break;
          }
        }
      }
      return out;
    },
    inferRegions(text, plusRuns) {
      const found = new Set<string>();
      const hit = (set: Set<string> | undefined) => set?.forEach((r) => found.add(r));
      const words: string[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(m[0]);
      for (let i = 0; i < words.length; i++) {
        let key = '';
        for (let n = 0; n < maxWords && i + n < words.length; n++) {
          key = n === 0 ? words[i]! : `${key} ${words[i + n]}`;
          hit(latin.get(key));
          if (n === 0 && key.endsWith('.')) hit(latin.get(key.slice(0, -1)));
        }
      }
      if (han.size > 0) {
        HAN_RUN.lastIndex = 0;
        for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
          const run = m[0];
          for (let a = 0; a < run.length - 1; a++) for (let len = 2; len <= maxHan && a + len <= run.length; len++) hit(han.get(run.slice(a, a + len)));
        }
      }
      for (const d of plusRuns) {
        for (const len of [1, 2, 3]) for (const r of byCc.get(d.slice(0, len)) ?? []) found.add(r);
      }
      // Regions sharing a calling code share a numbering plan: the UK's 07911 ranges are Guernsey's, +1 is NANP.
      for (const r of [...found]) for (const sib of byCc.get(plans.get(r)?.callingCode ?? '') ?? []) found.add(sib);
      return found;
    },
    legacyToken: (cc) => {
      for (const [r, tok] of Object.entries(rules.legacyMobileTokens)) if (plans.get(r)?.callingCode === cc) return tok;
      return null;
    },
    byCallingCode: (digits) => {
      for (const len of [1, 2, 3]) {
        const hit = byCc.get(digits.slice(0, len));
        if (hit) return hit;
      }
      return [];
    },
  };
}

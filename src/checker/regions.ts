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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildRegionIndex(rules: RegionRules): RegionIndex {
  const plans = buildPlans();
  const regions = [...plans.keys()];
  const all = [...plans.values()];
  const byCc = new Map<string, string[]>();
  for (const p of all) byCc.set(p.callingCode, [...(byCc.get(p.callingCode) ?? []), p.region]);

  // Cue word -> regions. Intl names for every region (en, zh), then the aliases from rules/detection.
  const cues = new Map<string, Set<string>>();
  const patterns: string[] = [];
  const add = (source: string, region: string, literal: boolean) => {
    const key = source.toLowerCase();
    if (key.length < 2) return;
    if (!cues.has(key)) {
      cues.set(key, new Set());
      patterns.push(literal ? esc(key) : key);
    }
    cues.get(key)!.add(region);
  };
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const zh = new Intl.DisplayNames(['zh'], { type: 'region' });
  for (const r of regions) {
    for (const name of [en.of(r), zh.of(r)]) if (name && name !== r) add(name.normalize('NFKC'), r, true);
  }
  const aliasRegex: Array<[RegExp, string]> = [];
  for (const [r, list] of Object.entries(rules.aliases)) {
    for (const a of list) {
      if (/[\\[\]?*+()|]/.test(a)) aliasRegex.push([new RegExp(`^(?:${a})$`), r]);
      add(a, r, !/[\\[\]?*+()|]/.test(a));
    }
  }
  // Longest first so "south africa" wins over "africa"-like prefixes; letters may not touch a cue.
  patterns.sort((a, b) => b.length - a.length);
  const cueRe = new RegExp(`(?<![a-z])(?:${patterns.join('|')})(?![a-z])`, 'g');
  const lookup = (hit: string): Iterable<string> => {
    const direct = cues.get(hit);
    if (direct) return direct;
    return aliasRegex.filter(([re]) => re.test(hit)).map(([, r]) => r);
  };

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
      cueRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cueRe.exec(text))) for (const r of lookup(m[0])) found.add(r);
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

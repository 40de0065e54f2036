/**
 * A place outside mainland China that a question names as the merchant's, its factory's, company's or account's
 * ("a factory in Vietnam", "a UK local account"): the briefing states something for it only where a line it would
 * be answered from names the place, a region holding it, or going abroad in general. A place that names where the
 * other party of the story is ("a buyer in Melbourne") is no slot of the rule. The lists are rules/ask/countries.yaml.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readYamlFile } from '../config/yaml.js';
import { RegexSource } from './asks.js';
import type { Passage } from './passages.js';

export const CountriesFileSchema = z.object({
  abroad: RegexSource,
  counterparty: RegexSource,
  counterpartyWindow: z.number().int().min(0),
  currencyAfter: RegexSource,
  places: z.array(z.object({ zh: z.string().min(1), names: z.array(z.string().min(1)), regions: z.array(z.string().min(1)) })).min(1),
});

export interface ForeignPlace {
  zh: string;
  /** the name as the question gives it */
  named: string;
  re: RegExp;
  regions: RegExp | null;
}

export interface ForeignPlaceRules {
  abroad: RegExp;
  counterparty: RegExp;
  window: number;
  currencyAfter: RegExp;
  places: ForeignPlace[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a Latin name on word boundaries, a Chinese one as a substring
const namesRe = (names: string[]) => new RegExp(names.map((n) => (/^[\x00-\x7f]+$/.test(n) ? `(?<![a-z])${escape(n)}(?![a-z])` : escape(n))).join('|'), 'i');

export function loadForeignPlaceRules(path: string): ForeignPlaceRules | null {
  if (!existsSync(path)) return null;
  const f = readYamlFile(path, CountriesFileSchema, { shownAs: path });
  return {
    abroad: new RegExp(f.abroad, 'i'),
    counterparty: new RegExp(f.counterparty, 'i'),
    window: f.counterpartyWindow,
    currencyAfter: new RegExp(f.currencyAfter, 'i'),
    places: f.places.map((p) => ({ zh: p.zh, named: p.zh, re: namesRe([p.zh, ...p.names]), regions: p.regions.length ? namesRe(p.regions) : null })),
  };
}

/** The foreign places the question names as a slot (not where the other party of its story is). */
export function slotPlaces(question: string, rules: ForeignPlaceRules): ForeignPlace[] {
  const q = question.normalize('NFKC');
  const out: ForeignPlace[] = [];
  for (const p of rules.places) {
    const m = q.match(p.re);
    if (!m || m.index === undefined) continue;
    // ("Japanese yen" is a currency)
    if (rules.currencyAfter.test(q.slice(m.index + m[0].length))) continue;
    const around = q.slice(Math.max(0, m.index - rules.window), m.index + m[0].length + rules.window);
    if (rules.counterparty.test(around)) continue;
    out.push({ ...p, named: m[0] });
  }
  return out;
}

/**
 * The first slot place none of the quoted lines speaks of: by name or by a region holding it (there or anywhere in
 * their sections: "越南头发那个例子" names the example, whose heading says 越南), or by going abroad in general (in the
 * quoted lines themselves: a topic that mentions going overseas somewhere does not state every country's case).
 */
export function unstatedPlace(question: string, lines: Passage[], sectionLines: Passage[], rules: ForeignPlaceRules): ForeignPlace | null {
  if (!lines.length) return null;
  const says = (re: RegExp | null, among: Passage[]) => !!re && among.some((l) => re.test(l.zh) || re.test(l.en));
  const near = [...lines, ...sectionLines];
  for (const p of slotPlaces(question, rules)) {
    if (says(p.re, near) || says(p.regions, near) || says(rules.abroad, lines)) continue;
    return p;
  }
  return null;
}

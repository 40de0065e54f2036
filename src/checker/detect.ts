import { extendOverInvisible } from './normalize.js';
import type { RuleSet } from './rules.js';
import { DraftContext, type RawFinding, type Recognizer } from './types.js';
import { emailRecognizer } from './recognizers/email.js';
import { linkRecognizer } from './recognizers/link.js';
import { messengerRecognizer } from './recognizers/messenger.js';
import { patternRecognizer } from './recognizers/pattern.js';
import { phoneRecognizer } from './recognizers/phone.js';
import { findZones } from './recognizers/zones.js';
import { buildRegionIndex } from './regions.js';

const CONTACT_KINDS = new Set(['phone', 'email', 'messenger', 'link']);

export interface Detector {
  rules: RuleSet;
  detect(text: string): { ctx: DraftContext; findings: RawFinding[] };
}

/** Builds the recognizer registry from the rule files and runs it over a draft. */
export function createDetector(rules: RuleSet): Detector {
  const regions = buildRegionIndex(rules.regions);
  const recognizers: Recognizer[] = rules.recognizers.map((r) => {
    switch (r.kind) {
      case 'messenger':
        return messengerRecognizer(r, rules.lexicon);
      case 'phone':
        return phoneRecognizer(r, rules.lexicon, regions);
      case 'email':
        return emailRecognizer(r, rules.lexicon);
      case 'link':
        return linkRecognizer(r);
      case 'pattern':
        return patternRecognizer(r, rules.lexicon);
    }
  });
  const warn = rules.thresholds.warn;

  return {
    rules,
    detect(text: string) {
      const ctx = new DraftContext(text);
      let raw: RawFinding[] = [];
      for (const r of recognizers) raw.push(...r(ctx));
      if (raw.length > 0) {
        const zones = findZones(ctx, rules.zones);
        if (zones.length > 0) {
          raw = raw.map((f) => {
            if (!CONTACT_KINDS.has(f.category) || f.score < warn) return f;
            const z = zones.find((z) => f.start >= z.start && f.end <= z.end);
            if (!z) return f;
            return {
              ...f,
              category: 'signature',
              rule: z.rule.id,
              score: Math.max(f.score, z.rule.minScore),
              reason: { zh: `${z.rule.reason.zh}：${f.reason.zh}`, en: `${z.rule.reason.en}: ${f.reason.en}` },
              clauseId: z.rule.clause,
            };
          });
        }
      }
      for (const f of raw) f.end = extendOverInvisible(text, f.end);
      return { ctx, findings: dedupe(raw, warn) };
    },
  };
}

/**
 * Overlapping findings merge into one span labelled by the strongest, so highlights never overlap.
 * Weak hits (below the warn band) never widen a strong one.
 */
function dedupe(raw: RawFinding[], warn: number): RawFinding[] {
  const sorted = raw.filter((f) => f.end > f.start).sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: RawFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) {
      kept.push(f);
      continue;
    }
    const strong = f.score > last.score ? f : last;
    const widen = f.score >= warn && last.score >= warn;
    kept[kept.length - 1] = { ...strong, start: widen ? last.start : strong.start, end: widen ? Math.max(last.end, f.end) : strong.end };
  }
  return kept;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile, regexSource, yamlFilesIn } from '../config/yaml.js';
import { z } from 'zod';
import type { CaseKind } from './types.js';

export const CASE_KINDS = ['rectification', 'violation-fix', 'offsite-strike', 'growth-tasks', 'live-recruiting'] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time "HH:MM"');
const source = z.object({ line: z.number().int().positive(), quote: z.string().min(2) });

const nudgeSpec = z.object({
  /** Days relative to `from` (negative = before). */
  days: z.number().int().min(-60).max(60),
  from: z.enum(['deadline', 'anchor']).default('deadline'),
  purpose: z.enum(['upcoming', 'overdue', 'notice']).default('upcoming'),
  time: hhmm.optional(),
});

const taskSpec = z.object({
  key: z.string().regex(/^[a-z][a-z-]*$/),
  total: z.number().int().positive(),
  zh: z.string(),
  en: z.string(),
  aliases: z.array(z.string()).default([]),
  line: z.number().int().positive(),
  quote: z.string(),
});

/** The words a chat request uses for a kind; kinds are tried by rank (lowest first) and the first that matches wins. */
const cueSpec = z.object({ rank: z.number().int().min(1), patterns: z.array(regexSource('i')).min(1) }).strict();

const strikeRung = z.object({
  from: z.number().int().positive(),
  zh: z.string(),
  en: z.string(),
  tradeAssuranceZh: z.string().optional(),
  tradeAssuranceEn: z.string().optional(),
});

export const policySchema = z
  .object({
    id: z.string(),
    kind: z.enum(CASE_KINDS),
    title: z.string(),
    titleEn: z.string(),
    anchor: z.object({ zh: z.string(), en: z.string() }),
    deadline: z.object({ days: z.number().int().min(-60).max(365) }),
    consequence: z.string(),
    consequenceEn: z.string(),
    action: z.string(),
    actionEn: z.string(),
    sources: z.array(source).min(1),
    nudges: z.array(nudgeSpec).min(1),
    tasks: z.array(taskSpec).optional(),
    strikes: z.array(strikeRung).optional(),
    slots: z.number().int().positive().optional(),
    regions: z.array(z.string()).optional(),
    merchantTypes: z.object({ zh: z.string(), en: z.string() }).optional(),
    cues: cueSpec,
  })
  .strict();

export const scheduleSchema = z
  .object({
    workTime: hhmm,
    digest: z.object({ weekday: z.number().int().min(1).max(7), time: hhmm }),
    defaultTimeZone: z.string(),
  })
  .strict();

export type DeadlinePolicy = z.infer<typeof policySchema>;
export type NudgeSpec = z.infer<typeof nudgeSpec>;
export type ScheduleSettings = z.infer<typeof scheduleSchema>;
export interface PolicySet {
  byKind: Map<CaseKind, DeadlinePolicy>;
  schedule: ScheduleSettings;
  /** Each kind's cue patterns, compiled, in the order they are tried (rank, lowest first). */
  kindCues: { kind: CaseKind; patterns: RegExp[] }[];
}

export const DEFAULT_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'deadlines');

const cache = new Map<string, PolicySet>();

/** Loads and validates every policy; a bad file fails loudly at startup, naming the file and field. */
export function loadPolicies(dir: string = DEFAULT_RULES_DIR): PolicySet {
  const hit = cache.get(dir);
  if (hit) return hit;
  const byKind = new Map<CaseKind, DeadlinePolicy>();
  let schedule: ScheduleSettings | undefined;
  for (const file of yamlFilesIn(dir)) {
    const shownAs = `rules/deadlines/${file}`;
    if (file === '_schedule.yaml') {
      schedule = readYamlFile(path.join(dir, file), scheduleSchema, { shownAs }) as ScheduleSettings;
      continue;
    }
    const policy = readYamlFile(path.join(dir, file), policySchema, { shownAs }) as DeadlinePolicy;
    if (byKind.has(policy.kind)) throw new Error(`rules/deadlines/${file}: second policy for kind ${policy.kind}`);
    byKind.set(policy.kind, policy);
  }
  for (const kind of CASE_KINDS) if (!byKind.has(kind)) throw new Error(`rules/deadlines: no policy for kind ${kind}`);
  if (!schedule) throw new Error('rules/deadlines/_schedule.yaml is missing');
  const kindCues = [...byKind.values()]
    .sort((a, b) => a.cues.rank - b.cues.rank)
    .map((p) => ({ kind: p.kind, patterns: p.cues.patterns.map((x) => new RegExp(x, 'i')) }));
  const set = { byKind, schedule, kindCues };
  cache.set(dir, set);
  return set;
}

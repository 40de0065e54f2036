/**
 * "Unsupported ask": a question can share every topic word with a real section ("0-point delisting", "Pay
 * exchange", "green certification") yet ask for something that section never states: how to appeal, today's
 * rate, a fee the briefing gives no figure for, a limit, a refund, how to cancel, whom to call. This check looks at
 * the ask itself and declines unless the chosen section's own Chinese source (text, answer, facts) holds words that
 * could answer it. The asks are data (rules/ask/asks.yaml), validated and compiled here.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile, regexSource } from '../config/yaml.js';
import { z } from 'zod';
import type { Section } from './knowledge.js';

export interface AskKind {
  id: string;
  trigger: RegExp;
  /** Words in a section's source that show it can answer this ask; never matches when the briefing has none. */
  support: RegExp;
  /** what the briefing then does not state, for the decline ("简报没有说明如何申诉…") */
  states: { zh: string; en: string } | null;
  /** support is also looked for in the section's briefing lines (a literal that only a slide's line shows) */
  lines: boolean;
}

const NEVER = /(?!)/;

/** A regex source that must compile; the message names the field so a bad rules file is easy to fix. */
export const RegexSource = regexSource('iu');

export const AskFileSchema = z.object({
  kinds: z.array(
    z.object({
      id: z.string().min(1),
      trigger: RegexSource,
      flags: z.string().regex(/^[imsu]*$/).optional(),
      /** null: the briefing never states this, so the ask is always declined. */
      support: RegexSource.nullable(),
      /** support may also be found in the section's briefing lines (a literal shown on a slide only), not its text alone */
      lines: z.boolean().optional(),
      states: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
    }),
  ),
});

const DEFAULT_RULES = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

export function loadAskKinds(rulesDir = DEFAULT_RULES): AskKind[] {
  const path = join(rulesDir, 'ask', 'asks.yaml');
  const data = readYamlFile(path, AskFileSchema, { shownAs: path });
  return data.kinds.map((k) => ({
    id: k.id,
    trigger: new RegExp(k.trigger, k.flags ?? ''),
    support: k.support === null ? NEVER : new RegExp(k.support),
    states: k.states ?? null,
    lines: k.lines ?? false,
  }));
}

let defaultKinds: AskKind[] | null = null;

const sourceText = new WeakMap<Section, string>();
const sourceWithLines = new WeakMap<Section, string>();

function sourceOf(section: Section, lines?: (section: Section) => readonly string[]): string {
  const cache = lines ? sourceWithLines : sourceText;
  let s = cache.get(section);
  if (s === undefined) {
    // the section's own text, and its briefing lines (a signature example's "Email: *****@qq.com" is a line only)
    s = [...section.text, section.answer, ...Object.values(section.facts), ...(lines?.(section) ?? [])].join('\n');
    cache.set(section, s);
  }
  return s;
}

/** The asks in a question that none of the answering sections can support (empty: nothing to object to). */
export function unsupportedAsks(question: string, sections: Section[], kinds?: AskKind[]): string[] {
  return unsupportedAskKinds(question, sections, kinds).map((k) => k.id);
}

/** As unsupportedAsks, with each ask's own wording of what the briefing does not state. */
export function unsupportedAskKinds(question: string, sections: Section[], kinds?: AskKind[], lines?: (section: Section) => readonly string[]): AskKind[] {
  const list = kinds ?? (defaultKinds ??= loadAskKinds());
  return list.filter((k) => k.trigger.test(question) && !sections.some((s) => k.support.test(sourceOf(s, k.lines ? lines : undefined))));
}

/**
 * A kind of detail a question may ask for, whatever its topic (rules/ask/details.yaml): a figure or threshold, the
 * criteria something is judged by, a name. The question asks for it when `cue` matches; a line states one when
 * `evidence` matches its Chinese source or English rendering.
 */
export interface DetailKind {
  id: string;
  cue: RegExp;
  except: RegExp | null;
  /**
   * wording that asks for this kind of detail softly ("what happens to…", "会怎样"): the answer leads with a line that
   * states one when the briefing has one near the question, and never declines for want of one; null when none
   */
  leads: RegExp | null;
  /**
   * wording that asks yes or no whether this kind of detail follows ("会被罚吗", "will we be penalised?"): declined like
   * the cue when no line states one, so a yes/no is not answered "会。"/"Yes." from lines that state none; null when none
   */
  yesno: RegExp | null;
  evidence: RegExp;
  /** evidence read case-sensitively (a capitalised name before its Chinese, "Zhaopin (智联招聘)"), or null */
  evidenceCased: RegExp | null;
  /** the evidence may be on any line of a picked line's section (a rule's penalty rows), not only on the picked lines */
  section: boolean;
  /** with `section`: the intents (glossary concepts) of the sections of the answering topic whose summary may state it */
  topicIntents: string[];
  /** a line carrying a place list (its `regions` in rules/policy/lines) states it too, whatever its words */
  regions: boolean;
  /** what the briefing then does not state, for the decline */
  states: { zh: string; en: string };
}

export const DetailFileSchema = z.object({
  kinds: z.array(
    z.object({
      id: z.string().min(1),
      cue: RegexSource,
      except: RegexSource.optional(),
      leads: RegexSource.optional(),
      yesno: RegexSource.optional(),
      evidence: RegexSource,
      evidenceCased: RegexSource.optional(),
      section: z.boolean().optional(),
      topicIntents: z.array(z.string().min(1)).optional(),
      regions: z.boolean().optional(),
      states: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    }),
  ),
});

/** The detail kinds of rules/ask/details.yaml, compiled once; none when the rules folder has no such file. */
export function loadDetailKinds(rulesDir = DEFAULT_RULES): DetailKind[] {
  const path = join(rulesDir, 'ask', 'details.yaml');
  if (!existsSync(path)) return [];
  const data = readYamlFile(path, DetailFileSchema, { shownAs: path });
  return data.kinds.map((k) => ({
    id: k.id,
    cue: new RegExp(k.cue, 'iu'),
    except: k.except ? new RegExp(k.except, 'iu') : null,
    leads: k.leads ? new RegExp(k.leads, 'iu') : null,
    yesno: k.yesno ? new RegExp(k.yesno, 'iu') : null,
    evidence: new RegExp(k.evidence, 'iu'),
    evidenceCased: k.evidenceCased ? new RegExp(k.evidenceCased, 'u') : null,
    section: k.section ?? false,
    topicIntents: k.topicIntents ?? [],
    regions: k.regions ?? false,
    states: k.states,
  }));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile, yamlFilesIn } from '../config/yaml.js';
import { z } from 'zod';

/** One answerable unit of policy; `text` lines are verbatim quotes from the briefing (checked by a test). */
export const SectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'section id must look like topic.name'),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Glossary concepts naming the kinds of question this section answers (penalty, fee, deadline...). */
  intents: z.array(z.string().min(1)).default([]),
  /** Glossary concepts of which the question must name one for this section to compete at full strength: a section about
   *  the escalated or special case (repeat offences, the published list) should not win a plain question. */
  requires: z.array(z.string().min(1)).default([]),
  text: z.array(z.string().min(1)).min(1),
  textEn: z.string().min(1),
  facts: z.record(z.string(), z.string().min(1)).default({}),
  answer: z.string().min(1),
  answerEn: z.string().min(1),
});

export const TopicFileSchema = z.object({
  topic: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  sections: z.array(SectionSchema).min(1),
});

export const GlossarySchema = z.object({
  terms: z.array(
    z.object({
      id: z.string().min(1),
      terms: z.array(z.string().min(1)).min(1),
      /** The question's frame ("is it allowed", "when", "how long"), not its topic: helps ranking, not required for coverage. */
      frame: z.boolean().optional().default(false),
      /** The kind of answer asked for (a penalty, a definition, an example...): sections whose `intents` name it win sibling ties. */
      asks: z.boolean().optional().default(false),
      /** Something the briefing is not about (other platforms, carriers, payment firms): naming it needs a section that names it too. */
      outOfScope: z.boolean().optional().default(false),
      /** A comparison ("A vs B", 分别, 还是): when two sections tie, both are cited. */
      compare: z.boolean().optional().default(false),
    }),
  ),
});

export type SectionDef = z.infer<typeof SectionSchema>;
export interface Section extends SectionDef {
  topic: string;
  topicTitle: string;
  topicTitleEn: string;
}
export type Glossary = z.infer<typeof GlossarySchema>;

export interface Knowledge {
  sections: Section[];
  glossary: Glossary;
}

/** Loads every rules/policy/*.yaml plus rules/glossary.yaml; a bad file fails loudly with its name. */
export function loadKnowledge(rulesDir: string): Knowledge {
  const policyDir = join(rulesDir, 'policy');
  if (!existsSync(policyDir)) throw new Error(`policy knowledge folder not found: ${policyDir}`);
  const files = yamlFilesIn(policyDir);
  const sections: Section[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const data = readYamlFile(join(policyDir, file), TopicFileSchema, { shownAs: `invalid policy file ${file}` });
    for (const s of data.sections) {
      if (seen.has(s.id)) throw new Error(`duplicate section id ${s.id} in ${file}`);
      seen.add(s.id);
      sections.push({ ...s, topic: data.topic, topicTitle: data.title, topicTitleEn: data.titleEn });
    }
  }
  if (sections.length === 0) throw new Error(`no policy sections in ${policyDir}`);
  const glossaryPath = join(rulesDir, 'glossary.yaml');
  const glossary: Glossary = existsSync(glossaryPath) ? readYamlFile(glossaryPath, GlossarySchema, { shownAs: 'invalid glossary.yaml' }) : { terms: [] };
  const conceptIds = new Set(glossary.terms.map((t) => t.id));
  for (const s of sections) {
    const unknown = [...s.intents, ...s.requires].filter((i) => !conceptIds.has(i));
    if (unknown.length) throw new Error(`section ${s.id} names unknown glossary intents: ${unknown.join(', ')}`);
  }
  return { sections, glossary };
}

/**
 * Line-level knowledge: every fact-bearing line of the briefing as a passage with its Chinese text (verbatim, slide
 * markup removed), an English rendering and its place (section, speaker, kind). Loaded from rules/policy/lines/*.yaml;
 * `skip.yaml` there lists the lines that carry no fact. Answers quote passages, so the quoted line is the one that
 * holds the figure the answer states.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../config/yaml.js';
import { z } from 'zod';

export const PASSAGE_KINDS = ['paragraph', 'heading', 'list', 'table-row', 'speaker', 'agenda', 'faq'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

const LineSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(PASSAGE_KINDS).optional(),
  /** Places a list limits eligibility to (provinces or cities as the briefing names them). */
  regions: z.array(z.string().min(1)).optional(),
  /** Product categories a table row applies to. */
  categories: z.array(z.string().min(1)).optional(),
});

export const PassageFileSchema = z.object({
  blocks: z.array(
    z.object({
      section: z.string().min(1),
      speaker: z.string().min(1).optional(),
      kind: z.enum(PASSAGE_KINDS).optional(),
      lines: z.array(LineSchema).min(1),
    }),
  ),
});

export const SkipFileSchema = z.object({
  nonFact: z.array(z.object({ text: z.string().min(1), why: z.string().min(1) })).default([]),
  ranges: z.array(z.object({ from: z.number().int().positive(), to: z.number().int().positive(), why: z.string().min(1) })).default([]),
});
export type SkipFile = z.infer<typeof SkipFileSchema>;

export interface Passage {
  /** section#n, stable while the file order is. */
  id: string;
  section: string;
  speaker?: string;
  kind: PassageKind;
  zh: string;
  en: string;
  regions: string[];
  categories: string[];
  /** the block it was written in (file and block index) and its position there: lists are read in order */
  group: string;
  pos: number;
}

const SKIP_FILE = 'skip.yaml';

export function passagesDir(rulesDir: string): string {
  return join(rulesDir, 'policy', 'lines');
}

/** All passages; every one must name a known section. An absent folder means no line-level knowledge (old rules). */
export function loadPassages(rulesDir: string, sectionIds: ReadonlySet<string>): Passage[] {
  const dir = passagesDir(rulesDir);
  if (!existsSync(dir)) return [];
  const out: Passage[] = [];
  const perSection = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== SKIP_FILE).sort()) {
    const data = readYamlFile(join(dir, file), PassageFileSchema, { shownAs: `passage file ${file}` });
    for (const [bi, block] of data.blocks.entries()) {
      if (!sectionIds.has(block.section)) throw new Error(`passage file ${file} names unknown section ${block.section}`);
      for (const [li, line] of block.lines.entries()) {
        const n = (perSection.get(block.section) ?? 0) + 1;
        perSection.set(block.section, n);
        out.push({
          id: `${block.section}#${n}`,
          section: block.section,
          speaker: block.speaker,
          kind: line.kind ?? block.kind ?? 'paragraph',
          zh: line.zh.trim(),
          en: line.en.trim(),
          regions: line.regions ?? [],
          categories: line.categories ?? [],
          group: `${file}#${bi}`,
          pos: li,
        });
      }
    }
  }
  return out;
}

export function loadSkip(rulesDir: string): SkipFile {
  const path = join(passagesDir(rulesDir), SKIP_FILE);
  if (!existsSync(path)) return { nonFact: [], ranges: [] };
  return readYamlFile(path, SkipFileSchema, { shownAs: SKIP_FILE });
}

/** How a source line and a passage are compared: width-folded, slide markup and bullets and all spacing removed. */
export function foldLine(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\\/g, '')
    .replace(/\*\*/g, '')
    .replace(/^[\s\-✓■*]+/, '')
    .replace(/\s+/g, '');
}

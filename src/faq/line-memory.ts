/**
 * Learned line reranking from question -> briefing-line supervision: seen questions whose writers named the briefing
 * lines that answer them (the blind sets' "evidence"). A new question's nearest seen questions (tf-idf cosine over the
 * same features as the section classifier: Chinese 1-3 grams, English words and char grams, glossary concepts) vote
 * for the lines that answered them. Memory-based, so "training" is only mapping each evidence line to its passage
 * (scripts/train-lines.ts writes src/faq/line-memory.json); nothing random, and a re-run writes the same file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ConceptMatcher } from './text.js';
import { featurize, vectorize } from './learned.js';
import type { Passage } from './passages.js';

export const LineMemorySchema = z.object({
  version: z.literal(1),
  /** the question sets it was built from, so a figure can say whether a set was seen */
  sets: z.array(z.string()),
  questions: z.array(
    z.object({
      q: z.string().min(1),
      /** passage keys (section + folded Chinese text) of the lines that answer it; empty: the briefing does not say */
      lines: z.array(z.string()),
    }),
  ),
});
export type LineMemoryJson = z.infer<typeof LineMemorySchema>;

/** A passage's key survives reordering of the line files: its section and its Chinese text. */
export const passageKey = (p: Pick<Passage, 'section' | 'zh'>) => `${p.section}|${p.zh}`;

// neighbours below this cosine say nothing about the question
const MIN_SIM = 0.2;
const NEIGHBOURS = 5;

export interface Neighbour {
  sim: number;
  answerable: boolean;
  lines: Passage[];
}

export class LineMemory {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, [number, number][]>();
  private readonly entries: { lines: Passage[] }[] = [];

  constructor(memory: LineMemoryJson, passages: Passage[], private readonly matcher: ConceptMatcher) {
    const byKey = new Map(passages.map((p) => [passageKey(p), p]));
    const raws = memory.questions.map((q) => featurize(q.q, matcher));
    const df = new Map<string, number>();
    for (const r of raws) for (const f of r.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = raws.length;
    for (const [f, d] of df) if (d >= 1) this.idf.set(f, Math.log((n + 1) / (d + 1)) + 1);
    raws.forEach((raw, i) => {
      const vec = vectorize(raw, this.idf);
      for (const [f, v] of vec) {
        const list = this.postings.get(f) ?? [];
        list.push([i, v]);
        this.postings.set(f, list);
      }
      // a line an operator removed since the memory was built is simply not voted for
      const lines = memory.questions[i]!.lines.map((k) => byKey.get(k)).filter((p): p is Passage => !!p);
      this.entries.push({ lines });
    });
  }

  /** The seen questions most like this one, most similar first. */
  neighbours(question: string): Neighbour[] {
    const scores = new Map<number, number>();
    for (const [f, v] of vectorize(featurize(question, this.matcher), this.idf)) {
      for (const [i, w] of this.postings.get(f) ?? []) scores.set(i, (scores.get(i) ?? 0) + v * w);
    }
    return [...scores]
      .filter(([, s]) => s >= MIN_SIM)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, NEIGHBOURS)
      .map(([i, sim]) => ({ sim, answerable: this.entries[i]!.lines.length > 0, lines: this.entries[i]!.lines }));
  }

  /** Each line's vote, 0..1: the similarity-weighted share of the neighbours that were answered by it. */
  votes(neighbours: Neighbour[]): Map<Passage, number> {
    const out = new Map<Passage, number>();
    const total = neighbours.reduce((a, n) => a + n.sim, 0);
    if (!total) return out;
    for (const n of neighbours) for (const p of n.lines) out.set(p, (out.get(p) ?? 0) + n.sim / total);
    return out;
  }
}

export function loadLineMemory(path: string): LineMemoryJson | null {
  if (!existsSync(path)) return null;
  const parsed = LineMemorySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

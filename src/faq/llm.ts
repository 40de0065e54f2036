import { z } from 'zod';
import type { Lang } from '../core/types.js';
import type { LlmClient } from '../llm/client.js';
import type { Section } from './knowledge.js';
import type { Passage } from './passages.js';
import { extractNumbers } from './text.js';

/** What the model must return; anything else counts as no answer and the extractive one stands. */
export const LlmReplySchema = z.object({
  answer: z.string().trim().min(1).max(1500),
  sectionIds: z.array(z.string()).min(1).max(5),
  declined: z.boolean().optional().default(false),
});
export type LlmReply = z.infer<typeof LlmReplySchema>;

export type Grounding =
  | { ok: true; reply: LlmReply; cited: Section[] }
  | { ok: false; reason: 'llm_failed' | 'unknown_section' | 'invented_figure'; detail: string };

/** Asks the model to phrase an answer from the retrieved sections only, then verifies it is grounded. */
export async function phraseWithLlm(
  llm: LlmClient,
  systemPrompt: string,
  question: string,
  lang: Lang,
  retrieved: Section[],
  /** the briefing lines the extractive answer was composed from: the model writes from these first */
  lines: Passage[] = [],
): Promise<Grounding> {
  const payload = {
    lang,
    question,
    lines: lines.map((p) => ({ sectionId: p.section, zh: p.zh, en: p.en, speaker: p.speaker })),
    sections: retrieved.map((s) => ({
      id: s.id,
      title: s.title,
      titleEn: s.titleEn,
      text: s.text.join('\n'),
      textEn: s.textEn,
      facts: s.facts,
    })),
  };
  const res = await llm.json(LlmReplySchema, [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: JSON.stringify(payload) },
  ]);
  if (!res.ok) return { ok: false, reason: 'llm_failed', detail: res.reason };
  return checkGrounding(res.value, retrieved, lines);
}

/** A reply may only cite retrieved sections, and every figure it states must appear in what it cites. */
export function checkGrounding(reply: LlmReply, retrieved: Section[], lines: Passage[] = []): Grounding {
  const byId = new Map(retrieved.map((s) => [s.id, s]));
  const cited: Section[] = [];
  for (const id of new Set(reply.sectionIds)) {
    const s = byId.get(id);
    if (!s) return { ok: false, reason: 'unknown_section', detail: id.slice(0, 80) };
    cited.push(s);
  }
  if (!reply.declined) {
    const citedIds = new Set(cited.map((s) => s.id));
    const lineText = lines.filter((p) => citedIds.has(p.section)).map((p) => `${p.zh}\n${p.en}`).join('\n');
    const allowed = new Set([...cited.flatMap((s) => extractNumbers(sectionCorpus(s))), ...extractNumbers(lineText)]);
    const invented = extractNumbers(reply.answer).filter((n) => !allowed.has(n));
    if (invented.length) return { ok: false, reason: 'invented_figure', detail: invented.slice(0, 5).join(',') };
  }
  return { ok: true, reply, cited };
}

function sectionCorpus(s: Section): string {
  return [s.title, s.titleEn, ...s.text, s.textEn, s.answer, s.answerEn, ...Object.values(s.facts)].join('\n');
}

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Reply } from '../core/types.js';
import { detectLang } from '../core/lang.js';
import type { LlmClient } from '../llm/client.js';
import { loadKnowledge, type Section } from './knowledge.js';
import { Retriever, type Hit } from './retriever.js';
import { ConceptMatcher, analyzeQuery, type Unit } from './text.js';
import { inspectQuestion } from './guard.js';
import { bestQuote, comparedHits, declinedAnswer, extractiveAnswer, isConfident, sectionTitle, cleanQuote, type Answer, type Citation } from './answer.js';
import { phraseWithLlm } from './llm.js';
import { answerToReply as renderReply } from './reply.js';

export type { Answer, Citation };

export interface AskContext {
  previousSectionIds?: string[];
  lang?: Lang;
}

export interface PolicyFaq {
  ask(question: string, ctx?: AskContext): Promise<Answer>;
  askLocal(question: string, ctx?: AskContext): Answer;
  source(sectionId: string, lang: Lang): string | null;
  sections(): { id: string; title: string; titleEn: string }[];
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SUGGESTION_COUNT = 3;
const LLM_CONTEXT_SECTIONS = 3;
// Shown when nothing at all matched, so a declined merchant still sees where Haili can help.
const DEFAULT_SUGGESTIONS = ['false-info.penalty', 'offplatform.penalty', 'pay.withdraw-corporate'];

export function createPolicyFaq(opts: { rulesDir?: string; llm?: LlmClient | null; embeddings?: unknown } = {}): PolicyFaq {
  const rulesDir = opts.rulesDir ?? join(REPO_ROOT, 'rules');
  const knowledge = loadKnowledge(rulesDir);
  const matcher = new ConceptMatcher(knowledge.glossary);
  const retriever = new Retriever(knowledge.sections, matcher);
  const byId = new Map(knowledge.sections.map((s) => [s.id, s]));
  const llm = opts.llm ?? null;
  const systemPrompt = llm ? readFileSync(join(REPO_ROOT, 'prompts', 'answer-system.md'), 'utf8') : '';

  function suggestionsFrom(hits: Hit[]): Section[] {
    const picked = hits.slice(0, SUGGESTION_COUNT).map((h) => h.section);
    if (picked.length) return picked;
    return DEFAULT_SUGGESTIONS.map((id) => byId.get(id)).filter((s): s is Section => !!s);
  }

  interface Local {
    answer: Answer;
    hits: Hit[];
    units: Unit[];
    lang: Lang;
  }

  function local(question: string, ctx: AskContext = {}): Local {
    const problem = inspectQuestion(question);
    const lang: Lang = problem === 'other_language' ? 'en' : (ctx.lang ?? detectLang(question || ''));
    if (problem) return { answer: declinedAnswer(lang, suggestionsFrom([]), problem), hits: [], units: [], lang };
    const units = retriever.prepare(analyzeQuery(question, matcher, (tok) => retriever.knows(tok)));
    const hits = retriever.search(units, { previousSectionIds: ctx.previousSectionIds });
    const top = hits[0];
    if (!isConfident(top)) return { answer: declinedAnswer(lang, suggestionsFrom(hits), 'unknown'), hits, units, lang };
    return { answer: extractiveAnswer(comparedHits(hits, units, matcher), lang, units, retriever, matcher), hits, units, lang };
  }

  return {
    askLocal(question, ctx) {
      return local(question, ctx).answer;
    },

    async ask(question, ctx) {
      const loc = local(question, ctx);
      // The model only rephrases what retrieval already found; it never rescues a decline.
      if (!llm || loc.answer.declined) return loc.answer;
      const retrieved = loc.hits.filter((h, i) => i === 0 || isConfident(h)).slice(0, LLM_CONTEXT_SECTIONS).map((h) => h.section);
      const grounded = await phraseWithLlm(llm, systemPrompt, question, loc.lang, retrieved);
      if (!grounded.ok) return loc.answer;
      if (grounded.reply.declined) {
        return { ...declinedAnswer(loc.lang, suggestionsFrom(loc.hits), 'unknown'), stage: 'llm' };
      }
      const citations: Citation[] = grounded.cited.map((s) => ({
        sectionId: s.id,
        title: sectionTitle(s, loc.lang),
        quote: bestQuote(s, loc.units, retriever, matcher),
      }));
      return {
        answer: grounded.reply.answer,
        declined: false,
        sources: grounded.cited.map((s) => s.id),
        lang: loc.lang,
        citations,
        suggestions: [],
        stage: 'llm',
      };
    },

    source(sectionId, lang) {
      const s = byId.get(sectionId);
      if (!s) return null;
      const original = s.text.map(cleanQuote).join('\n');
      if (lang === 'zh') return `${s.title}\n\n${original}`;
      return `${s.titleEn}\n\n${s.textEn.trim()}\n\nOriginal (Chinese):\n${original}`;
    },

    sections() {
      return knowledge.sections.map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn }));
    },
  };
}

export function answerToReply(answer: Answer): Reply {
  return renderReply(answer);
}

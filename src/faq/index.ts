import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Reply } from '../core/types.js';
import { detectLang } from '../core/lang.js';
import type { LlmClient } from '../llm/client.js';
import { loadKnowledge, type Section } from './knowledge.js';
import { Retriever, type Hit } from './retriever.js';
import { ConceptMatcher, analyzeQuery, type Unit } from './text.js';
import { inspectQuestion } from './guard.js';
import { bestQuote, comparedHits, confidence, declinedAnswer, extractiveAnswer, isConfident, namesUncoveredOutside, sectionTitle, cleanQuote, type Answer, type Citation } from './answer.js';
import { ModelSchema, SectionClassifier, decide, type ModelJson } from './learned.js';
import { phraseWithLlm } from './llm.js';
import { unsupportedAsks } from './asks.js';
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

export const DEFAULT_MODEL_PATH = join(REPO_ROOT, 'src', 'faq', 'model.json');

/** The trained section classifier and answer gate; null (no model file) means BM25 and its fitted threshold alone. */
export function loadModel(path = DEFAULT_MODEL_PATH): ModelJson | null {
  if (!existsSync(path)) return null;
  const parsed = ModelSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function createPolicyFaq(
  opts: { rulesDir?: string; llm?: LlmClient | null; embeddings?: unknown; /** null turns the learned part off */ model?: ModelJson | null } = {},
): PolicyFaq {
  const rulesDir = opts.rulesDir ?? join(REPO_ROOT, 'rules');
  const knowledge = loadKnowledge(rulesDir);
  const matcher = new ConceptMatcher(knowledge.glossary);
  const retriever = new Retriever(knowledge.sections, matcher);
  const byId = new Map(knowledge.sections.map((s) => [s.id, s]));
  const llm = opts.llm ?? null;
  // The learned model (1.6 MB of JSON, ~30 MB once parsed) loads with the first question, not at
  // start-up: an idle Haili does not need it. A broken model file still fails loudly, on that question.
  let learned: { classifier: SectionClassifier | null } | undefined;
  const learnedClassifier = (): SectionClassifier | null => {
    if (!learned) {
      const model = opts.model === undefined ? loadModel() : opts.model;
      learned = { classifier: model ? new SectionClassifier(model, matcher) : null };
    }
    return learned.classifier;
  };
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
    const classifier = learnedClassifier();
    const decline = () => ({ answer: declinedAnswer(lang, suggestionsFrom(hits), 'unknown'), hits, units, lang });
    // the topic matched, but the question may ask for something (appeal, today's rate, a fee) the section never states
    const answerFrom = (picked: Hit[]) =>
      unsupportedAsks(question, picked.map((h) => h.section)).length
        ? decline()
        : { answer: extractiveAnswer(picked, lang, units, retriever, matcher), hits, units, lang };
    // Sections an operator added after training are unknown to the classifier: BM25 and its threshold decide alone.
    if (!classifier || (top && !classifier.classIndex.has(top.section.id))) {
      return isConfident(top) ? answerFrom(comparedHits(hits, units, matcher)) : decline();
    }
    if (top && namesUncoveredOutside(top)) return decline();
    const probs = classifier.probs(question);
    const d = decide(hits, probs, classifier, confidence, { followUp: !!ctx.previousSectionIds?.length });
    if (d.sectionId === null) return decline();
    // a comparison ("对公 vs 法人") still cites both sides when the classifier picked either one of them
    const compared = comparedHits(hits, units, matcher);
    if (d.isBm25Top || (compared.length > 1 && compared.some((h) => h.section.id === d.sectionId))) return answerFrom(compared);
    return answerFrom([hits.find((h) => h.section.id === d.sectionId) ?? pseudoHit(byId.get(d.sectionId)!)]);
  }

  return {
    askLocal(question, ctx) {
      return local(question, ctx).answer;
    },

    async ask(question, ctx) {
      const loc = local(question, ctx);
      // The model only rephrases what retrieval already found; it never rescues a decline.
      if (!llm || loc.answer.declined) return loc.answer;
      // the picked section(s) first (the classifier may have chosen BM25's second hit), then other confident hits
      const picked = loc.answer.sources.map((id) => byId.get(id)).filter((s): s is Section => !!s);
      const others = loc.hits.filter((h) => isConfident(h) && !loc.answer.sources.includes(h.section.id)).map((h) => h.section);
      const retrieved = [...picked, ...others].slice(0, LLM_CONTEXT_SECTIONS);
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

/** A section the classifier picked that BM25 did not rank; only `.section` is read downstream. */
function pseudoHit(section: Section): Hit {
  return { section, score: 0, coverage: 0, matched: 0, unknown: 0, anchor: 0, foreign: 0, namesOutside: false, concepts: [] };
}

export function answerToReply(answer: Answer): Reply {
  return renderReply(answer);
}

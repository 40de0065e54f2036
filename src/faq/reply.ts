import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card, Reply } from '../core/types.js';
import { t } from '../core/lang.js';
import type { Answer } from './answer.js';
import { cleanQuote } from './answer.js';
import { loadKnowledge, type Section } from './knowledge.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
let sectionsById: Map<string, Section> | null = null;
/** The shipped sections, to find evidence lines; a section an operator added elsewhere keeps the quote it came with. */
function sectionOf(id: string): Section | undefined {
  if (!sectionsById) {
    try {
      sectionsById = new Map(loadKnowledge(RULES_DIR).sections.map((s) => [s.id, s]));
    } catch {
      sectionsById = new Map();
    }
  }
  return sectionsById.get(id);
}

const FIGURE = /\d+(?:\.\d+)?/g;

/**
 * The quoted passage must hold a figure the answer states ("14 days", "3 points"). When the chosen line holds none
 * (a heading, a neighbouring rule), the section's line that holds the most of the answer's figures is quoted
 * instead; with no figures in the answer, or none in any line, the original quote stands.
 */
export function evidenceQuote(answerText: string, sectionId: string, quote: string): string {
  const figures = [...new Set(answerText.match(FIGURE) ?? [])];
  if (!figures.length) return quote;
  // Longer figures ("0.125", "3948") say more than a bare "4", so they weigh more when lines tie.
  const holds = (line: string) =>
    figures.filter((f) => new RegExp(`(^|[^\\d.])${f.replace('.', '\\.')}($|[^\\d.])`).test(line)).reduce((sum, f) => sum + f.length, 0);
  // A quote holding any of the figures is the ranker's choice and stays; only a figure-less one is replaced.
  const have = holds(quote);
  if (have > 0) return quote;
  const section = sectionOf(sectionId);
  if (!section) return quote;
  let best = quote;
  let bestHave = have;
  for (const raw of section.text) {
    const line = cleanQuote(raw);
    const n = holds(line);
    if (n > bestHave) {
      best = line;
      bestHave = n;
    }
  }
  return best;
}

/** Renders an Answer as a platform-neutral reply: the answer, where it comes from, and what to try when declined. */
export function answerToReply(answer: Answer): Reply {
  const lang = answer.lang;
  const citations = answer.declined ? answer.citations : answer.citations.map((c) => ({ ...c, quote: evidenceQuote(answer.answer, c.sectionId, c.quote) }));
  const cite = citations[0];
  const fields: Card['fields'] = [];
  if (cite) {
    fields.push({ label: t(lang, '来源', 'Source'), value: cite.title });
    fields.push({ label: t(lang, '原文', 'Quoted from the policy'), value: `「${cite.quote}」` });
  }
  if (answer.declined && answer.suggestions.length) {
    fields.push({
      label: t(lang, '相关主题', 'Closest topics'),
      value: answer.suggestions.map((s) => s.title).join(t(lang, '；', '; ')),
    });
  }
  const card: Card = {
    title: answer.declined ? t(lang, '政策里没有找到答案', 'Not covered by the policy') : t(lang, '政策解答', 'Policy answer'),
    tone: answer.declined ? 'warning' : 'info',
    body: answer.answer,
    fields,
    // "Show source" replays "source <section>": the console expands the passage in place, Slack and DingTalk answer it.
    ...(cite ? { actions: [{ id: 'reroute' as const, label: t(lang, '查看原文', 'Show source'), value: `source ${cite.sectionId}` }] } : {}),
    footer: cite
      ? t(lang, `出处：${cite.title}（2022年4月商家发布会）`, `From: ${cite.title} (April 2022 merchant briefing)`)
      : undefined,
  };
  const lines = [answer.answer];
  for (const c of citations) lines.push(t(lang, `来源：${c.title} ——「${c.quote}」`, `Source: ${c.title} — "${c.quote}"`));
  if (cite) lines.push(t(lang, `发送 “source ${cite.sectionId}” 查看完整原文。`, `Send "source ${cite.sectionId}" for the full passage.`));
  if (answer.declined && answer.suggestions.length && !answer.answer.includes(answer.suggestions[0]!.title)) {
    lines.push(t(lang, '相关主题：', 'Closest topics: ') + answer.suggestions.map((s) => s.title).join(t(lang, '；', '; ')));
  }
  return { lang, text: lines.join('\n'), card, kind: 'answer' };
}

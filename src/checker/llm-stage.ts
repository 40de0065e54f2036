import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { t } from '../core/lang.js';
import type { LlmClient } from '../llm/client.js';
import type { CheckResult, LocalOutcome } from './index.js';
import { LLM_CATEGORIES } from './categories.js';
import { rewriteDraft } from './rewrite.js';
import type { RuleSet } from './rules.js';

const PROMPT_PATH = fileURLToPath(new URL('../../prompts/check-system.md', import.meta.url));
let systemPrompt: string | null = null;

export const llmVerdictSchema = z.object({
  verdict: z.enum(['leak', 'ok', 'unsure']),
  category: z.enum(LLM_CATEGORIES).default('none'),
  reason_en: z.string().min(1).max(400),
  reason_zh: z.string().min(1).max(400),
  confidence: z.number().min(0).max(1),
});

// The model sees at most this much of a draft; ambiguous drafts are short in practice.
const MAX_PROMPT_CHARS = 6000;

/** Keeps a draft from closing our delimiter early and posing as instructions after it. */
export function fenceDraft(text: string): string {
  const body = text.slice(0, MAX_PROMPT_CHARS).replace(/<<<\s*DRAFT|DRAFT\s*>>>/gi, '[marker removed]');
  return `<<<DRAFT\n${body}\nDRAFT>>>`;
}

/**
 * Second opinion for drafts the local stages find ambiguous. It can raise pass -> warn and confirm or clear a
 * classifier-only warning; it can never lower what the rules decided. Any failure keeps the local verdict.
 */
export async function askLlm(llm: LlmClient, text: string, local: LocalOutcome, rules: RuleSet): Promise<CheckResult> {
  const base = local.result;
  systemPrompt ??= readFileSync(PROMPT_PATH, 'utf8').replace('{{CATEGORIES}}', LLM_CATEGORIES.map((c) => JSON.stringify(c)).join(' | '));
  const answer = await llm.json(llmVerdictSchema, [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: `Judge this draft (language: ${base.lang}).\n${fenceDraft(text)}` },
  ]);
  if (!answer.ok) {
    return { ...base, explain: [...base.explain, `llm: no answer (${answer.reason}), local verdict kept`] };
  }
  const v = answer.value;
  const explain = [...base.explain, `llm: ${v.verdict} (${v.category}, confidence ${v.confidence.toFixed(2)})`];
  const ruleDecided = base.stage === 'rules' && base.verdict !== 'pass';
  if (ruleDecided) return { ...base, explain };
  const lang = base.lang;
  const reason = t(lang, v.reason_zh, v.reason_en);

  if (v.verdict === 'leak' && v.confidence >= 0.5) {
    if (base.verdict === 'warn') return { ...base, stage: 'llm', explain: [...explain, 'llm confirmed the warning'] };
    // pass -> warn: the model cannot point at characters, so the finding spans the draft's first line.
    const end = Math.min(text.length, Math.max(1, text.indexOf('\n') > 0 ? text.indexOf('\n') : text.length));
    const finding = {
      category: 'classifier' as const, start: 0, end, rule: 'llm.review', excerpt: text.slice(0, end),
      score: Number(v.confidence.toFixed(3)), reason, clause: rules.clauses.get('summary')!,
    };
    return {
      ...base, verdict: 'warn', leak: true, stage: 'llm', findings: [...base.findings, finding],
      rewrite: rewriteDraft(text, [], lang, rules.rewrite[lang]), explain: [...explain, 'llm raised pass to warn'],
    };
  }
  if (v.verdict === 'ok' && base.stage === 'classifier' && base.verdict === 'warn') {
    return { ...base, verdict: 'pass', leak: false, stage: 'llm', findings: [], rewrite: null, explain: [...explain, 'llm cleared the classifier warning'] };
  }
  return { ...base, explain };
}

import { fileURLToPath } from 'node:url';
import { loadRoutingRules, type RoutingRules } from './cues.js';
import { firedCues, routeFeatures, sampleOf } from './features.js';
import { loadRouteModel, ROUTE_JOBS, scoreJobs, type RouteJob, type RouteModel } from './model.js';

export { ROUTE_JOBS, type RouteJob } from './model.js';
export { asksAboutQuote, extractQuotedDraft, frameOf, framePieces, quotedFrom, quoteLeadIn, unquoteBlock, type QuotedDraft, type QuoteSpeakers } from './quoted.js';

/** The learned guess at which job a plain message is for, with its probability and the runner-up. */
export interface JobGuess {
  job: RouteJob;
  p: number;
  runnerUp: RouteJob;
  probs: Record<RouteJob, number>;
  cues: string[];
}

export interface JobClassifier {
  readonly rules: RoutingRules;
  guess(text: string, verdict: 'block' | 'warn' | 'pass'): JobGuess;
}

export const DEFAULT_ROUTE_MODEL = fileURLToPath(new URL('./model.json', import.meta.url));

export function createJobClassifier(opts?: { rulesPath?: string; modelPath?: string }): JobClassifier {
  const rules = loadRoutingRules(opts?.rulesPath);
  const model: RouteModel | null = loadRouteModel(opts?.modelPath ?? DEFAULT_ROUTE_MODEL);
  if (!model) throw new Error(`the job router's model is missing (${opts?.modelPath ?? DEFAULT_ROUTE_MODEL}); run npm run train:route`);
  return {
    rules,
    guess(text, verdict) {
      const p = scoreJobs(model, routeFeatures(rules, text, verdict));
      const ranked = ROUTE_JOBS.map((job, i) => ({ job, p: p[i]! })).sort((a, b) => b.p - a.p);
      return {
        job: ranked[0]!.job,
        p: ranked[0]!.p,
        runnerUp: ranked[1]!.job,
        probs: Object.fromEntries(ranked.map((r) => [r.job, r.p])) as Record<RouteJob, number>,
        cues: firedCues(rules, sampleOf(text)),
      };
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ROUTE_BITS } from './features.js';

/** The jobs a plain message can be for; written once, everything else derives from it. */
export const ROUTE_JOBS = ['question', 'draft', 'listing', 'reminder'] as const;
export type RouteJob = (typeof ROUTE_JOBS)[number];

const modelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(ROUTE_BITS),
  jobs: z.array(z.enum(ROUTE_JOBS)).length(ROUTE_JOBS.length),
  trainedOn: z.string(),
  bias: z.array(z.number()).length(ROUTE_JOBS.length),
  // feature index -> one weight per job
  weights: z.record(z.string(), z.array(z.number()).length(ROUTE_JOBS.length)),
});

export interface RouteModel {
  bias: number[];
  weights: Map<number, number[]>;
}

export function loadRouteModel(path: string): RouteModel | null {
  if (!existsSync(path)) return null;
  const parsed = modelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.jobs.join() !== ROUTE_JOBS.join()) throw new Error(`${path}: jobs ${parsed.jobs.join()} do not match ${ROUTE_JOBS.join()}; retrain`);
  return { bias: parsed.bias, weights: new Map(Object.entries(parsed.weights).map(([k, v]) => [Number(k), v])) };
}

/** Softmax over jobs; features are presence-only and scaled by 1/sqrt(n) like the checker's classifier. */
export function scoreJobs(model: RouteModel, feats: number[]): number[] {
  const z = [...model.bias];
  const scale = feats.length ? 1 / Math.sqrt(feats.length) : 0;
  for (const f of feats) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let j = 0; j < z.length; j++) z[j]! += w[j]! * scale;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

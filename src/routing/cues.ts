import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

/** The routing cues and the guess threshold are data (rules/routing/router.yaml), validated here at load. */
const routingSchema = z.object({
  guessNoticeBelow: z.number().min(0).max(1),
  quoteFrameMin: z.number().min(0).max(1),
  cues: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
});

export interface RoutingRules {
  guessNoticeBelow: number;
  quoteFrameMin: number;
  cues: { name: string; patterns: RegExp[] }[];
}

export const DEFAULT_ROUTING_RULES = fileURLToPath(new URL('../../rules/routing/router.yaml', import.meta.url));

export function loadRoutingRules(path = DEFAULT_ROUTING_RULES): RoutingRules {
  const parsed = routingSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const cues = Object.entries(parsed.data.cues).map(([name, sources]) => ({
    name,
    patterns: sources.map((src) => {
      try {
        return new RegExp(src, 'imu');
      } catch (err) {
        throw new Error(`${path}: cue ${name}: bad pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
      }
    }),
  }));
  return { guessNoticeBelow: parsed.data.guessNoticeBelow, quoteFrameMin: parsed.data.quoteFrameMin, cues };
}

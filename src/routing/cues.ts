import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../config/yaml.js';
import { z } from 'zod';

/** The routing cues and the quote-frame threshold are data (rules/routing/router.yaml), validated here at load. */
const routingSchema = z.object({
  quoteFrameMin: z.number().min(0).max(1),
  cues: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
});

export interface RoutingRules {
  quoteFrameMin: number;
  cues: { name: string; patterns: RegExp[] }[];
}

export const DEFAULT_ROUTING_RULES = fileURLToPath(new URL('../../rules/routing/router.yaml', import.meta.url));

export function loadRoutingRules(path = DEFAULT_ROUTING_RULES): RoutingRules {
  const data = readYamlFile(path, routingSchema, { shownAs: path });
  const cues = Object.entries(data.cues).map(([name, sources]) => ({
    name,
    patterns: sources.map((src) => {
      try {
        return new RegExp(src, 'imu');
      } catch (err) {
        throw new Error(`${path}: cue ${name}: bad pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
      }
    }),
  }));
  return { quoteFrameMin: data.quoteFrameMin, cues };
}

import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from '../config/yaml.js';

/**
 * Number words of rules/spelled-numbers.yaml (Russian, Arabic, Persian, Vietnamese, Turkish tens and the hundreds of
 * Spanish, Portuguese, Russian...), validated at load, for normalize.ts's digit runs. Words are folded there, as
 * the text is.
 */
const digitMap = (lo: number, hi: number) => z.record(z.string().min(1), z.number().int().min(lo).max(hi));
const words = z.array(z.string().min(1));
const schema = z
  .object({
    units: digitMap(0, 9),
    tens: digitMap(10, 90).refine((m) => Object.values(m).every((v) => v % 10 === 0), 'tens are multiples of ten'),
    pairs: digitMap(10, 19),
    hundreds: digitMap(100, 900).refine((m) => Object.values(m).every((v) => v % 100 === 0), 'hundreds are multiples of a hundred'),
    hundredAfterUnit: words,
    plus: words,
    onlyInside: words,
    wordsOnly: words,
  })
  .strict();
export type SpelledNumbers = z.infer<typeof schema>;

export const SPELLED_NUMBERS_FILE = fileURLToPath(new URL('../../rules/spelled-numbers.yaml', import.meta.url));

export function loadSpelledNumbers(file = SPELLED_NUMBERS_FILE): SpelledNumbers {
  return readYamlFile(file, schema, { shownAs: 'rules/spelled-numbers.yaml' });
}

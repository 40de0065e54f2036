/**
 * The listing bench's inputs, in one place: bench/listing.bench.ts measures them and scripts/listing-fingerprint.ts
 * proves a speed change left the check's output on them unchanged, so both must build the very same texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PASTE_KINDS = ['catalogue', 'one-line catalogue', 'adversarial'] as const;
export type PasteKind = (typeof PASTE_KINDS)[number];

/** Typical listings: the briefing's three examples, the dev set and the (seen) blind set listing-a, as reps pasted them. */
export function typicalListings(corpusDir: string): string[] {
  const dir = join(corpusDir, 'listings');
  return [
    ...readdirSync(join(dir, 'briefing')).map((f) => readFileSync(join(dir, 'briefing', f), 'utf8')),
    ...['dev.jsonl', 'blind-a.jsonl'].flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    ),
  ];
}

/** A paste of `size` characters: typical listings one after another, the same on one line, or digits, dashes and currency signs. */
export function sizedPaste(typical: string[], kind: PasteKind, size: number): string {
  let s = '';
  let i = 0;
  if (kind === 'catalogue') while (s.length < size) s += typical[i++ % typical.length] + '\n\n';
  else if (kind === 'one-line catalogue') while (s.length < size) s += typical[i++ % typical.length]!.replace(/\n+/g, ' ') + ' ';
  else while (s.length < size) s += `${i % 7 === 0 ? '\n' : ''}$${i}${'9'.repeat(i % 13)},${i % 1000}.5 - ${'-'.repeat(i % 5)}${i++}0 Pieces\t>=`;
  return s.slice(0, size);
}

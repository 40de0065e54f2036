/**
 * What the training scripts (train-classifier, train-router, train-faq) share to read labelled sets: JSONL rows, the
 * zod-checked lists of strangers' sets (corpus/drafts/stranger-sets.yaml, corpus/routing/stranger-sets.yaml), a
 * flag's value, and `--leave-out NAME[,NAME]` checked against a list, so a writer can be held back and measured on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The repository's root: the lists and the sets they name are repository paths. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The rows of a JSONL file (blank lines skipped). */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A labelled text's short hash, tying a row computed elsewhere (a first-sight rule view) to the text it was computed on. */
export const textSha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

const setList = z.object({ sets: z.array(z.string().endsWith('.jsonl')).min(1) });

/** The sets a list names (`list` is the list's repository path), as repository paths. */
export function strangerSets(list: string): string[] {
  return setList.parse(parseYaml(readFileSync(join(REPO_ROOT, list), 'utf8'))).sets;
}

/** The value after `name` on the command line, if the flag is there. */
export function flagValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * Whether `name` names the set at `path`: its path under corpus/ without .jsonl ("round-24/drafts-s24",
 * "blind-b/drafts"), or its file name without .jsonl ("drafts-s24") where that is unique in the list.
 */
function names(path: string, name: string): boolean {
  return path.replace(/^corpus\//, '').replace(/\.jsonl$/, '') === name || basename(path, '.jsonl') === name;
}

/**
 * The sets of `sets` that `--leave-out` holds back. A name that matches no set, or more than one (a file name two
 * folders share), is an error: a typo must not train on the set it meant to hold out. Names in `alsoKnown` (sets the
 * script reads from elsewhere) are accepted and left to the caller.
 */
export function leftOut(args: readonly string[], sets: readonly string[], list: string, alsoKnown: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const name of (flagValue(args, '--leave-out') ?? '').split(',').filter(Boolean)) {
    const hits = sets.filter((p) => names(p, name));
    if (hits.length === 1) out.add(hits[0]!);
    else if (!alsoKnown.includes(name)) throw new Error(`--leave-out ${name}: ${hits.length ? `names ${hits.length} sets of ${list}; give its folder too` : `not a set of ${list}`}`);
  }
  return out;
}

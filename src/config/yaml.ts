/**
 * The one way data files (rules/**.yaml) are read: parse, validate with zod, and on any problem fail loudly
 * with one line naming the file, the field and what is wrong. Callers pick their error type so their own
 * callers can tell rule errors from policy errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z, type ZodType } from 'zod';
import { HailiError } from '../core/errors.js';

export class DataFileError extends HailiError {
  constructor(message: string) {
    super('DATA_FILE', message);
  }
}

/**
 * A regular expression's source in a data file: it must compile with the flags it will be compiled with, and a bad one
 * names the field and the engine's complaint, so an operator's edit fails at load, not at the first message.
 */
export function regexSource(flags: string) {
  return z.string().min(1).superRefine((src, ctx) => {
    try {
      new RegExp(src, flags);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(e as Error).message}` });
    }
  });
}

/** The .yaml / .yml files of a folder, sorted so later files override earlier ones predictably. */
export function yamlFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/**
 * Reads one YAML file and validates it. `shownAs` is how the file is named in the error (a path relative to
 * rules/ reads better than an absolute one).
 */
export function readYamlFile<T>(file: string, schema: ZodType<T>, opts: { shownAs?: string; error?: (message: string) => Error } = {}): T {
  const shownAs = opts.shownAs ?? path.basename(file);
  const fail = opts.error ?? ((m: string) => new DataFileError(m));
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw fail(`${shownAs}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw fail(`${shownAs}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return res.data;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig } from '../config/index.js';
import { HailiError } from '../core/errors.js';
import { redact } from '../core/log.js';

/** Exit codes: 0 ok, 1 runtime failure, 2 bad configuration or usage, 3 some inputs rejected. */
export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;

const HELP = `haili: Alibaba.com compliance copilot (海狸)

Usage: haili <command> [options]

Commands:
  serve                 start Haili (console, adapters, reminders) — what npm start runs
  check [text]          check a reply draft for off-platform contact leakage
  ask [question]        answer a policy question from the briefing, with citation
  listing [text]        check a product listing for false price, MOQ, SKU and shipping (--jsonl, --csv)
  cases add|list        create or list tracked compliance deadlines
  import <file.csv>     import cases from CSV (all-or-nothing; --dry-run to validate)
  db migrate            apply database migrations

Run "haili <command> --help" for a command's options. Configuration comes from the
environment (see .env.example).`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? EXIT.ok : EXIT.usage;
  }
  try {
    // Commands load lazily: `haili check` should not pay for Prisma or the HTTP server.
    switch (command) {
      case 'serve':
        return await (await import('./serve.js')).runServe(rest);
      case 'check':
        return await (await import('./check.js')).runCheck(rest);
      case 'ask':
        return await (await import('./ask.js')).runAsk(rest);
      case 'listing':
        return await (await import('./listing.js')).runListing(rest);
      case 'cases':
        return await (await import('./cases.js')).runCases(rest);
      case 'import':
        return await (await import('./cases.js')).runImport(rest);
      case 'db':
        return await (await import('./db.js')).runDb(rest);
      default:
        process.stderr.write(`haili: unknown command "${command}". Run "haili --help".\n`);
        return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`haili: configuration error: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`haili ${command}: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof HailiError) {
      process.stderr.write(`haili: ${redact(err.message)}\n`);
      return EXIT.failure;
    }
    process.stderr.write(`haili: ${redact((err as Error).message ?? String(err))}\n`);
    return EXIT.failure;
  }
}

export class UsageError extends Error {}

/** parseArgs with our error type, so a bad flag is a usage error with exit code 2. */
const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

export function args<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...helpOption, ...options }, allowPositionals: true as const, strict: true as const });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export { loadConfig };

import readline from 'node:readline';
import type { z } from 'zod';

/**
 * Reads JSON lines from stdin and writes one output line per input line, in order.
 * A line that cannot be handled yields {"id": null, "error": ...} and the batch goes on.
 */
export async function processJsonl<S extends z.ZodTypeAny>(
  schema: S,
  expected: string,
  handle: (line: z.infer<S>) => Promise<object>,
): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let rejected = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: object;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      rejected++;
      process.stdout.write(JSON.stringify({ id: null, error: 'line is not valid JSON' }) + '\n');
      continue;
    }
    const valid = schema.safeParse(parsed);
    if (!valid.success) {
      rejected++;
      const issue = valid.error.issues[0];
      const where = issue?.path.join('.') || 'line';
      process.stdout.write(JSON.stringify({ id: null, error: `expected ${expected}: ${where} ${issue?.message ?? ''}`.trim() }) + '\n');
      continue;
    }
    try {
      out = await handle(valid.data);
    } catch (err) {
      rejected++;
      out = { id: null, error: (err as Error).message };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  return rejected;
}

/** The command's text: its arguments, else whatever is piped on stdin. */
export async function argumentsOrStdin(positionals: string[]): Promise<string> {
  return positionals.length ? positionals.join(' ') : process.stdin.isTTY ? '' : readStdin();
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

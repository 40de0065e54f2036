import readline from 'node:readline';

/**
 * Reads JSON lines from stdin and writes one output line per input line, in order.
 * A line that cannot be handled yields {"id": null, "error": ...} and the batch goes on.
 */
export async function processJsonl(handle: (obj: unknown) => Promise<object>): Promise<number> {
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
    try {
      out = await handle(parsed);
      if ('error' in out) rejected++;
    } catch (err) {
      rejected++;
      out = { id: null, error: (err as Error).message };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  return rejected;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

import { z } from 'zod';
import { args, loadConfig, UsageError } from './main.js';
import { argumentsOrStdin, processJsonl } from './jsonl.js';
import { createPolicyFaq } from '../faq/index.js';
import { LlmClient } from '../llm/client.js';

const HELP = `haili ask: answer a policy question from the April 2022 merchant briefing

Usage:
  haili ask "法人提现手续费是多少？"
  haili ask --jsonl < questions.jsonl   (lines {"id": string, "q": string})

Options:
  --jsonl   batch mode: {"id", "answer", "declined", "sources"} per line, in order
  --json    print the full answer as JSON`;

const jsonlLine = z.object({ id: z.string(), q: z.string() });

export async function runAsk(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { jsonl: { type: 'boolean' }, json: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const config = loadConfig();
  const faq = createPolicyFaq({ llm: config.llm ? new LlmClient(config.llm) : null });
  if (values.jsonl) {
    const rejected = await processJsonl(jsonlLine, '{"id": string, "q": string}', async (line) => {
      const a = await faq.ask(line.q);
      return { id: line.id, answer: a.answer, declined: a.declined, sources: a.sources };
    });
    return rejected ? 3 : 0;
  }
  const q = await argumentsOrStdin(positionals);
  if (!q.trim()) throw new UsageError('give a question: haili ask "question"');
  const a = await faq.ask(q);
  if (values.json) process.stdout.write(JSON.stringify(a, null, 2) + '\n');
  else {
    const lines = [a.answer];
    for (const c of a.citations) lines.push('', `— ${c.title}`, `  「${c.quote}」`);
    if (a.declined && a.suggestions.length) lines.push('', ...a.suggestions.map((s) => `• ${s.title}`));
    process.stdout.write(lines.join('\n') + '\n');
  }
  return 0;
}

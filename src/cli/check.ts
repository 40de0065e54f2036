import { z } from 'zod';
import { args, loadConfig, UsageError } from './main.js';
import { argumentsOrStdin, processJsonl } from './jsonl.js';
import { createDraftChecker, type CheckResult } from '../checker/index.js';
import { LlmClient } from '../llm/client.js';

const HELP = `haili check: check a reply draft for off-platform contact leakage

Usage:
  haili check "Please add my WhatsApp +86 186 1234 5678"
  echo "draft" | haili check            (reads the draft from stdin)
  haili check --jsonl < drafts.jsonl    (lines {"id": string, "text": string})

Options:
  --jsonl     batch mode: one JSON result per input line, in order
  --json      print the full result as JSON
  --explain   show which stage decided (rules, classifier, llm) and why
Exit codes: 0 pass, 1 error, 2 usage, 4 warn, 5 block (single draft); 0 or 3 in --jsonl mode.`;

const jsonlLine = z.object({ id: z.string(), text: z.string() });

export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { jsonl: { type: 'boolean' }, json: { type: 'boolean' }, explain: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const config = loadConfig();
  const checker = createDraftChecker({ llm: config.llm ? new LlmClient(config.llm) : null });

  if (values.jsonl) {
    const rejected = await processJsonl(jsonlLine, '{"id": string, "text": string}', async (line) => {
      const r = await checker.check(line.text);
      return {
        id: line.id,
        leak: r.leak,
        verdict: r.verdict,
        findings: r.findings.map((f) => ({ category: f.category, start: f.start, end: f.end, rule: f.rule })),
        ...(values.explain ? { stage: r.stage, explain: r.explain } : {}),
      };
    });
    return rejected ? 3 : 0;
  }

  const text = await argumentsOrStdin(positionals);
  if (!text.trim()) throw new UsageError('give a draft to check: haili check "text" (or pipe it on stdin)');
  const result = await checker.check(text);
  process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : renderResult(result, text, Boolean(values.explain)));
  return result.verdict === 'block' ? 5 : result.verdict === 'warn' ? 4 : 0;
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Readable terminal output: verdict, the draft with leaked spans marked, why, and the rewrite. */
export function renderResult(r: CheckResult, text: string, explain: boolean): string {
  const zh = r.lang === 'zh';
  const verdictLabel = { block: zh ? '拦截' : 'BLOCK', warn: zh ? '警告' : 'WARN', pass: zh ? '通过' : 'PASS' }[r.verdict];
  const verdictColor = { block: '1;31', warn: '1;33', pass: '1;32' }[r.verdict];
  const lines = [paint(verdictColor, `${verdictLabel}`)];
  if (r.findings.length) {
    const spans = [...r.findings].sort((a, b) => a.start - b.start);
    let marked = '';
    let pos = 0;
    for (const f of spans) {
      if (f.start < pos) continue;
      marked += text.slice(pos, f.start) + paint('7', `[${text.slice(f.start, f.end)}]`);
      pos = f.end;
    }
    marked += text.slice(pos);
    lines.push('', marked.length > 2000 ? marked.slice(0, 2000) + '…' : marked, '');
    for (const f of r.findings) {
      lines.push(`• ${f.category} (${f.rule}): ${f.reason}`);
      lines.push(`  ${zh ? '政策' : 'Policy'}: ${f.clause}`);
    }
  }
  if (r.rewrite) lines.push('', paint('1', zh ? '合规改写：' : 'Compliant rewrite:'), r.rewrite);
  if (explain) lines.push('', `${zh ? '判定阶段' : 'Decided by'}: ${r.stage}`, ...r.explain.map((e) => `  - ${e}`));
  return lines.join('\n') + '\n';
}

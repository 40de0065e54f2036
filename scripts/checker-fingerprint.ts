/**
 * Fingerprints of the local checker's output on every corpus text, so a speed change can prove it changed no
 * verdict or finding: run it on two checkouts and diff the outputs.
 *   npx tsx scripts/checker-fingerprint.ts [checkout-root] > out.txt
 * One line per text: file:line, a hash of {verdict, findings:[category, rule, start, end]}, and a stricter hash of
 * the whole result (scores, excerpts, reasons, rewrite, explain trace). The last line counts texts and verdicts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? '.');
const { createDraftChecker } = (await import(pathToFileURL(join(root, 'src/checker/index.ts')).href)) as typeof import('../src/checker/index.js');
const checker = createDraftChecker({ llm: null });

const corpus = resolve(import.meta.dirname, '../corpus');
const files = [
  ...readdirSync(join(corpus, 'drafts')).filter((f) => f.endsWith('.jsonl')).map((f) => `drafts/${f}`),
  'blind-b/drafts.jsonl',
  ...readdirSync(join(corpus, 'routing')).filter((f) => f.endsWith('.jsonl')).map((f) => `routing/${f}`),
  ...readdirSync(join(corpus, 'questions')).filter((f) => f.endsWith('.jsonl')).map((f) => `questions/${f}`),
].sort();

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const verdicts: Record<string, number> = {};
let texts = 0;
let findings = 0;
for (const f of files) {
  const lines = readFileSync(join(corpus, f), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as { text?: string; q?: string };
    const text = row.text ?? row.q;
    if (typeof text !== 'string') return;
    const r = checker.checkLocal(text);
    texts++;
    findings += r.findings.length;
    verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
    const core = JSON.stringify({ verdict: r.verdict, findings: r.findings.map((x) => [x.category, x.rule, x.start, x.end]) });
    console.log(`${f}:${i + 1} ${hash(core)} ${hash(JSON.stringify(r))}`);
  });
}
console.log(`texts ${texts} findings ${findings} verdicts ${JSON.stringify(verdicts)}`);

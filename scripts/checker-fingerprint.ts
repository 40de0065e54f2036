/**
 * Fingerprints of the local checker's output on every corpus text, so a speed change can prove it changed no
 * verdict or finding: run it on two checkouts and diff the outputs.
 *   npx tsx scripts/checker-fingerprint.ts [checkout-root] [extra.jsonl ...] > out.txt
 * Texts: every row with a "text" or "q" of every corpus/**\/*.jsonl (drafts, chat, questions, routing, the rounds'
 * sets), of any extra .jsonl files named, and the drafts bench/check.bench.ts times (200 B to 10 KB, and a 10 KB head
 * of each adversarial paste), built here from this checkout's bench/check-drafts.ts so both runs check the same texts.
 * One line per text: its source, a hash of {verdict, findings:[category, rule, start, end]}, a stricter hash of the
 * whole result (scores, excerpts, reasons, rewrite, explain trace), and a hash of the detector's raw reading (every
 * finding with its unrounded score, the classifier's blanked views and notes, courtesy and veto, the unrounded
 * classifier probability). The last line counts texts, findings and verdicts.
 *
 * The texts are checked in slices of 8,000 (`--slice-size n`), each in a child process of its own (`--slice from:to`
 * runs one; it reports the V8 code space it ended with on stderr, after a full collection when node runs with
 * --expose-gc), so the
 * run holds no more of V8's compiled code than one slice needs: older checkouts compiled a regex per new combination of
 * a pattern's alternatives, without a bound across patterns, and a single process died out of code space after ~31k
 * texts. The output is the same as one process's: the checker keeps nothing from one text to the next that changes a
 * result.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { getHeapSpaceStatistics } from 'node:v8';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeDrafts } from '../bench/check-drafts.js';

const sliceAt = process.argv.indexOf('--slice');
const slice = sliceAt >= 0 ? process.argv.splice(sliceAt, 2)[1]!.split(':').map(Number) : null;
const sizeAt = process.argv.indexOf('--slice-size');
const SLICE = sizeAt >= 0 ? Number(process.argv.splice(sizeAt, 2)[1]) : 8000;
const root = resolve(process.argv[2] ?? '.');
const load = async <T>(p: string) => (await import(pathToFileURL(join(root, p)).href)) as T;
const { createDraftChecker } = await load<typeof import('../src/checker/index.js')>('src/checker/index.ts');
const { createDetector } = await load<typeof import('../src/checker/detect.js')>('src/checker/detect.ts');
const { loadRules } = await load<typeof import('../src/checker/rules.js')>('src/checker/rules.ts');
const { loadModel, predictDraft } = await load<typeof import('../src/checker/classifier.js')>('src/checker/classifier.ts');
const checker = createDraftChecker({ llm: null });
// The checkout's own rules and model: a rules change is a behaviour change and shows here.
const detector = createDetector(loadRules(join(root, 'rules/detection')));
const model = loadModel(join(root, 'src/checker/model.json'));

const corpus = resolve(import.meta.dirname, '../corpus');
const files: string[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.jsonl')) files.push(p);
  }
};
walk(corpus);
files.sort();
const texts: { src: string; text: string }[] = [];
for (const f of [...files, ...process.argv.slice(3).map((p) => resolve(p))]) {
  const name = f.startsWith(corpus) ? f.slice(corpus.length + 1) : f;
  readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: { text?: unknown; q?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      return;
    }
    const text = typeof row.text === 'string' ? row.text : row.q;
    if (typeof text === 'string') texts.push({ src: `${name}:${i + 1}`, text });
  });
}
for (const size of [200, 500, 1024, 10240]) makeDrafts(size, size > 5000 ? 50 : 400).forEach((text, i) => texts.push({ src: `bench:${size}:${i}`, text }));
// The adversarial pastes of bench/check.bench.ts, 10 KB of each (the verdict and spans, not the timing, are proved here).
const adversarial = ['1-2 3.4 ', '8', '+8 6 ', 'a@', 'wh at s app 1 ', '一二三四五六七八九零 ', '«', '> Buyer: "my WhatsApp is x" ', '绿色app 加我 ', 'you wrote: ', 'ciento treinta y seis ', 'сто двадцать плюс восемь ', 'وخمسة ، '];
adversarial.forEach((unit, i) => texts.push({ src: `adversarial:${i}`, text: unit.repeat(Math.ceil(10240 / unit.length)).slice(0, 10240) }));

if (!slice) {
  // The parent: each slice in a child (this script again, same arguments), its lines passed on in order; the counts
  // line summed from the children's.
  const verdicts: Record<string, number> = {};
  let findings = 0;
  for (let from = 0; from < texts.length; from += SLICE) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2), '--slice', `${from}:${Math.min(texts.length, from + SLICE)}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`fingerprint slice ${from}: exit ${child.status ?? child.signal}`);
    const lines = child.stdout.trimEnd().split('\n');
    const counts = /^slice findings (\d+) verdicts (.*)$/.exec(lines.pop() ?? '');
    if (!counts) throw new Error(`fingerprint slice ${from}: no counts line`);
    findings += Number(counts[1]);
    for (const [v, n] of Object.entries(JSON.parse(counts[2]!) as Record<string, number>)) verdicts[v] = (verdicts[v] ?? 0) + n;
    process.stdout.write(lines.join('\n') + '\n');
  }
  // Verdicts in the order a single run meets them first, as before slicing.
  console.log(`texts ${texts.length} findings ${findings} verdicts ${JSON.stringify(verdicts)}`);
  process.exit(0);
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const verdicts: Record<string, number> = {};
let findings = 0;
for (const { src, text } of texts.slice(slice[0], slice[1])) {
  const r = checker.checkLocal(text);
  findings += r.findings.length;
  verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
  const core = JSON.stringify({ verdict: r.verdict, findings: r.findings.map((x) => [x.category, x.rule, x.start, x.end]) });
  const d = detector.detect(text);
  const ctx = d.classifierCtx;
  const raw = JSON.stringify({
    findings: d.findings,
    quoted: d.quoted,
    ctx: [ctx.t.s, ctx.c.s, ctx.labelledNumbers, ctx.orderTalk, ctx.declines, ctx.appFeatures, ctx.appRefused, ctx.sentHere],
    courtesy: d.courtesyOnly,
    vetoed: d.classifierVetoed,
    p: model ? predictDraft(model, ctx, d.findings) : null,
  });
  console.log(`${src} ${hash(core)} ${hash(JSON.stringify(r))} ${hash(raw)}`);
}
console.log(`slice findings ${findings} verdicts ${JSON.stringify(verdicts)}`);
// Not collected first (run node with --expose-gc for that): the figure counts the code of dead regexes too.
(globalThis as { gc?: () => void }).gc?.();
process.stderr.write(`slice ${slice[0]}:${slice[1]}: V8 code space ${((getHeapSpaceStatistics().find((x) => x.space_name === 'code_space')?.space_used_size ?? 0) / 1e6).toFixed(1)} MB used\n`);

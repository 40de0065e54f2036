// Scores the listing check on a labelled JSONL set: lines {"id","text","fake",...} with optional "kinds" (the
// false-information kinds of a fake), "layout", "lang", "hard", "needs_market_knowledge".
// Prints F1 (fake = positive), the false-positive rate on legitimate listings, and kind accuracy on the fakes it
// catches (a caught fake counts when a finding names one of its labelled kinds; "top" when the first finding does),
// overall and by layout, language and hardness. Usage:
//   npx tsx scripts/eval-listing.ts FILE.jsonl [--errors] [--rules DIR] [--via-cli]
// --via-cli scores what `haili listing --jsonl` prints (the shipped surface) instead of calling the checker in-process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createListingChecker, LISTING_KINDS } from '../src/listing/index.js';

interface Row {
  id: string;
  text: string;
  fake: boolean;
  kinds: string[];
  groups: Record<string, string>;
}

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--rules');
if (!file) {
  console.error('usage: npx tsx scripts/eval-listing.ts FILE.jsonl [--errors] [--rules DIR]');
  process.exit(2);
}
const showErrors = argv.includes('--errors');
const rulesAt = argv.indexOf('--rules');
const checker = createListingChecker(rulesAt >= 0 ? { rulesDir: argv[rulesAt + 1] } : undefined);

const rows: Row[] = [];
let skipped = 0;
for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  try {
    const o = JSON.parse(line) as Record<string, unknown>;
    const fake = truthy(o.fake ?? o.label);
    if (typeof o.text !== 'string' || fake === null) throw new Error('needs text and fake');
    const rawKinds = o.kinds ?? o.kind;
    const kinds = (Array.isArray(rawKinds) ? rawKinds.map(String) : typeof rawKinds === 'string' ? rawKinds.split(/[,;|\s]+/) : []).filter(Boolean);
    const groups: Record<string, string> = {};
    if (o.layout !== undefined) groups.layout = String(o.layout);
    if (o.lang !== undefined) groups.lang = String(o.lang);
    if (o.hard !== undefined) groups.hard = truthy(o.hard) ? 'hard' : 'not hard';
    if (o.needs_market_knowledge !== undefined) groups.market = truthy(o.needs_market_knowledge) ? 'needs market knowledge' : 'internal';
    rows.push({ id: String(o.id ?? `line${i + 1}`), text: o.text, fake, kinds, groups });
  } catch (err) {
    skipped++;
    console.error(`line ${i + 1}: skipped (${(err as Error).message})`);
  }
}

function truthy(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string' && /^(true|yes|1|fake|false|no|0|legit|legitimate)$/i.test(v.trim())) return /^(true|yes|1|fake)$/i.test(v.trim());
  return null;
}

interface Scored {
  row: Row;
  predicted: boolean;
  kinds: string[];
}
const t0 = process.cpuUsage();
let scored: Scored[];
if (argv.includes('--via-cli')) {
  const bin = path.resolve(import.meta.dirname, '..', 'bin', 'haili.mjs');
  const input = rows.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [bin, 'listing', '--jsonl', ...(rulesAt >= 0 ? ['--rules', argv[rulesAt + 1]!] : [])], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; fake?: boolean; findings?: { kind: string }[] });
  const byId = new Map(out.filter((o) => o.id !== null).map((o) => [o.id, o]));
  scored = rows.map((row) => {
    const o = byId.get(row.id);
    return { row, predicted: Boolean(o?.fake), kinds: (o?.findings ?? []).map((f) => f.kind) };
  });
  console.log(`(via haili listing --jsonl: ${out.length} lines out, exit ${run.status})`);
} else {
  scored = rows.map((row) => {
    const r = checker.check(row.text);
    return { row, predicted: r.fake, kinds: r.findings.map((f) => f.kind) };
  });
}
const cpu = process.cpuUsage(t0);

function metrics(xs: Scored[]) {
  let tp = 0, fp = 0, fn = 0, tn = 0, kindOk = 0, topOk = 0, labelled = 0;
  for (const s of xs) {
    if (s.row.fake && s.predicted) {
      tp++;
      if (s.row.kinds.length) {
        labelled++;
        if (s.kinds.some((k) => s.row.kinds.includes(k))) kindOk++;
        if (s.row.kinds.includes(s.kinds[0]!)) topOk++;
      }
    } else if (s.row.fake) fn++;
    else if (s.predicted) fp++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fpr = fp + tn ? fp / (fp + tn) : 0;
  return { n: xs.length, fakes: tp + fn, legit: fp + tn, tp, fp, fn, tn, precision, recall, f1, fpr, kindAcc: labelled ? kindOk / labelled : NaN, topAcc: labelled ? topOk / labelled : NaN };
}

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
function line(label: string, m: ReturnType<typeof metrics>): string {
  return `${label.padEnd(28)} n=${String(m.n).padStart(4)} fakes=${String(m.fakes).padStart(4)} legit=${String(m.legit).padStart(4)}  F1 ${m.f1.toFixed(3)}  P ${pct(m.precision)} R ${pct(m.recall)}  FPR(legit) ${pct(m.fpr)}  kind-acc ${pct(m.kindAcc)} (top ${pct(m.topAcc)})`;
}

console.log(`listing check on ${file}: ${rows.length} listings${skipped ? `, ${skipped} lines skipped` : ''}`);
console.log('(fake = positive class; FPR = legit listings flagged / legit; kind-acc = caught fakes where a finding names a labelled kind, top = the first finding does)');
console.log(line('ALL', metrics(scored)));
const groupNames = [...new Set(rows.flatMap((r) => Object.keys(r.groups)))];
for (const g of groupNames) {
  const values = [...new Set(rows.map((r) => r.groups[g]).filter((v): v is string => v !== undefined))].sort();
  for (const v of values) console.log(line(`  ${g}=${v}`, metrics(scored.filter((s) => s.row.groups[g] === v))));
}
// Per labelled kind: how many fakes of that kind are caught, and named.
for (const k of LISTING_KINDS) {
  const xs = scored.filter((s) => s.row.fake && s.row.kinds.includes(k));
  if (!xs.length) continue;
  const caught = xs.filter((s) => s.predicted);
  const named = caught.filter((s) => s.kinds.includes(k));
  console.log(`  kind ${k.padEnd(13)} fakes=${String(xs.length).padStart(3)} caught ${pct(caught.length / xs.length)} named ${pct(caught.length ? named.length / caught.length : NaN)}`);
}
const others = [...new Set(rows.flatMap((r) => r.kinds))].filter((k) => !(LISTING_KINDS as readonly string[]).includes(k));
if (others.length) console.log(`  labelled kinds the checker does not name: ${others.join(', ')}`);
const ms = (cpu.user + cpu.system) / 1000;
console.log(`cpu ${ms.toFixed(0)} ms (${rows.length ? (rows.length / (ms / 1000)).toFixed(0) : 0} listings per CPU-second)`);

if (showErrors) {
  for (const s of scored) {
    const wrongVerdict = s.row.fake !== s.predicted;
    const wrongKind = s.row.fake && s.predicted && s.row.kinds.length && !s.kinds.some((k) => s.row.kinds.includes(k));
    if (!wrongVerdict && !wrongKind) continue;
    const what = wrongVerdict ? (s.row.fake ? 'MISSED' : 'FALSE ALARM') : 'WRONG KIND';
    console.log(`\n--- ${what} ${s.row.id} gold=${s.row.kinds.join(',') || '-'} got=${s.kinds.join(',') || '-'} ${JSON.stringify(s.row.groups)}`);
    if (s.predicted) for (const f of checker.check(s.row.text).findings) console.log(`    ${f.kind}: ${f.detail}`);
    console.log(s.row.text.length > 1200 ? s.row.text.slice(0, 1200) + ' …' : s.row.text);
  }
}

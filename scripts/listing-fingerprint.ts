/**
 * Fingerprints of the listing check's output on every listing text the project holds, so a speed change can prove it
 * changed no verdict, kind, detail or fix: run it on two checkouts and diff the outputs.
 *   npx tsx scripts/listing-fingerprint.ts [checkout-root] > out.txt
 * Texts: every line of corpus/listings/*.jsonl, corpus/blind-* /listings.jsonl and corpus/round-* /listings-*.jsonl, the briefing examples, and the
 * large pastes bench/listing.bench.ts builds (catalogue, one-line catalogue, adversarial; 10, 50 and 100 KB), built
 * here the same way from the same corpus files, so the sizes that measure linear time are checked too.
 * One line per text: its source, a hash of {verdict, kinds, details, fixes}, a hash of the whole result (notes,
 * clauses, evidence, layout, title) and a hash of the parser's reading (what --explain shows). The last line counts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PASTE_KINDS, sizedPaste, typicalListings } from '../bench/listing-inputs.js';

const root = resolve(process.argv[2] ?? '.');
const { createListingChecker } = (await import(pathToFileURL(join(root, 'src/listing/index.ts')).href)) as typeof import('../src/listing/index.js');
// The rules of the checkout under test: a rules change is a behaviour change and shows here.
const checker = createListingChecker({ rulesDir: join(root, 'rules/listing') });

// The texts are read from this checkout's corpus, so both runs check the same texts.
const corpus = resolve(import.meta.dirname, '../corpus');
const jsonl = [
  ...readdirSync(join(corpus, 'listings')).filter((f) => f.endsWith('.jsonl')).map((f) => `listings/${f}`),
  ...readdirSync(corpus).filter((d) => d.startsWith('blind-') && existsSync(join(corpus, d, 'listings.jsonl'))).map((d) => `${d}/listings.jsonl`),
  // The strangers' sets of each round (corpus/round-NN/listings-*.jsonl): most of the texts the check is tuned on.
  ...readdirSync(corpus)
    .filter((d) => d.startsWith('round-'))
    .flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.startsWith('listings-') && f.endsWith('.jsonl')).map((f) => `${d}/${f}`)),
].sort();

const texts: { src: string; text: string }[] = [];
for (const f of readdirSync(join(corpus, 'listings/briefing')).sort()) texts.push({ src: `listings/briefing/${f}`, text: readFileSync(join(corpus, 'listings/briefing', f), 'utf8') });
for (const f of jsonl) {
  readFileSync(join(corpus, f), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === 'string') texts.push({ src: `${f}:${i + 1}`, text: row.text });
  });
}

// The bench's large pastes, built by the bench's own code from its typical set (briefing, dev, blind-a).
const typical = typicalListings(corpus);
for (const kind of PASTE_KINDS) {
  for (const kb of [10, 50, 100]) texts.push({ src: `bench:${kind}:${kb}KB`, text: sizedPaste(typical, kind, kb * 1024) });
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const verdicts: Record<string, number> = {};
let findings = 0;
for (const { src, text } of texts) {
  const r = checker.check(text);
  findings += r.findings.length;
  verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
  const core = JSON.stringify({ verdict: r.verdict, findings: r.findings.map((x) => [x.kind, x.detail, x.fix]) });
  console.log(`${src} ${hash(core)} ${hash(JSON.stringify(r))} ${hash(JSON.stringify(checker.parse(text)))}`);
}
console.log(`texts ${texts.length} findings ${findings} verdicts ${JSON.stringify(verdicts)}`);

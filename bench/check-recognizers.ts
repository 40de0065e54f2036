/**
 * CPU per draft of each recognizer of the detector (and of the draft's views and literal scans), on the bench drafts,
 * each built as createDetector builds it, so a speed change can be aimed at where the time goes:
 *   npx tsx bench/check-recognizers.ts [size=500] [seconds=10]
 */
import { buildRegionIndex } from '../src/checker/regions.js';
import { LiteralScanner } from '../src/checker/literals.js';
import { loadRules } from '../src/checker/rules.js';
import { DraftContext, type Recognizer } from '../src/checker/types.js';
import { DEFAULT_RULES_DIR } from '../src/checker/index.js';
import { emailRecognizer } from '../src/checker/recognizers/email.js';
import { linkRecognizer } from '../src/checker/recognizers/link.js';
import { messengerRecognizer } from '../src/checker/recognizers/messenger.js';
import { patternRecognizer } from '../src/checker/recognizers/pattern.js';
import { lexiconRecognizer } from '../src/checker/recognizers/lexicon.js';
import { phoneRecognizer } from '../src/checker/recognizers/phone.js';
import { quoteFinder } from '../src/checker/recognizers/quotes.js';
import { makeDrafts } from './check-drafts.js';

const size = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
const rules = loadRules(DEFAULT_RULES_DIR);
const regions = buildRegionIndex(rules.regions);
const c = new LiteralScanner();
const t = new LiteralScanner();
const named: Array<[string, Recognizer]> = rules.recognizers.map((r) => {
  switch (r.kind) {
    case 'messenger': return [r.id, messengerRecognizer(r, rules.lexicon)];
    case 'phone': return [r.id, phoneRecognizer(r, rules.lexicon, regions, t)];
    case 'email': return [r.id, emailRecognizer(r, rules.lexicon)];
    case 'link': return [r.id, linkRecognizer(r, rules.lexicon)];
    case 'pattern': return [`pattern ${r.id}`, patternRecognizer(r, rules.lexicon, c)];
    case 'lexicon': return [`lexicon ${r.id}`, lexiconRecognizer(r, rules.lexicon, t)];
  }
});
const quotes = rules.quotes ? quoteFinder(rules.quotes, t) : null;
if (quotes) named.push(['quotes', quotes as unknown as Recognizer]);
const drafts = makeDrafts(size, 400);
const spent = new Map<string, number>();
const add = (k: string, us: number) => spent.set(k, (spent.get(k) ?? 0) + us);
const now = () => Number(process.hrtime.bigint()) / 1000;
let n = 0;
const run = (count: boolean) => {
  for (const d of drafts) {
    let a = now();
    const ctx = new DraftContext(d);
    let b = now();
    if (count) add('views', b - a);
    ctx.literalHits('t', t);
    a = now();
    if (count) add('scan t', a - b);
    ctx.literalHits('c', c);
    b = now();
    if (count) add('scan c', b - a);
    for (const [name, r] of named) {
      a = now();
      r(ctx);
      b = now();
      if (count) add(name, b - a);
    }
    if (count) n++;
  }
};
for (let r = 0; r < 5; r++) run(false);
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) run(true);
const total = [...spent.values()].reduce((x, y) => x + y, 0);
const rows = [...spent].sort((x, y) => y[1] - x[1]);
let patterns = 0;
for (const [k, v] of rows) if (k.startsWith('pattern ')) patterns += v;
console.log(`${n} drafts of ${size} chars: ${(total / n).toFixed(1)} us a draft in all (pattern rules together ${(patterns / n).toFixed(1)} us)`);
for (const [k, v] of rows.slice(0, 40)) console.log(`${(v / n).toFixed(2).padStart(8)} us  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);

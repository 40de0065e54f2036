/**
 * Scores a blind set from its file, as the helper wrote it, through the same local paths as the batch CLIs
 * (`haili check --jsonl`, `haili ask --jsonl`), LLM off. Prints aggregates only: a held-out set's failures
 * are never listed, so scoring it cannot turn into tuning on it.
 *   npx tsx scripts/eval-blind.ts drafts FILE.jsonl      rows {"text","label":"leak"|"ok","lang","hard","category"}
 *   npx tsx scripts/eval-blind.ts questions FILE.jsonl   rows {"q","lang","answerable","facts":["a|b"],"polarity"}
 *     --line-memory FILE   with a line memory that did not see FILE (an honest figure for a set the memory holds)
 *     --model FILE         drafts: with classifier weights that did not see FILE (train-classifier.ts --leave-out)
 *     --faq-model FILE     with a FAQ model that did not see FILE (scripts/train-faq.ts --leave-out NAME --out FILE)
 * Routing and listings have their own: scripts/eval-route.ts FILE, scripts/eval-listing.ts FILE.
 */
import { readFileSync } from 'node:fs';
import { createDraftChecker } from '../src/checker/index.js';
import { createPolicyFaq, loadModel } from '../src/faq/index.js';
import { hasFact, questionRight } from './question-right.js';

const args = process.argv.slice(2);
// --line-memory FILE scores with a line memory built without the set (scripts/train-lines.ts --sets ... --out FILE)
const memAt = args.indexOf('--line-memory');
const lineMemory = memAt >= 0 ? args.splice(memAt, 2)[1] : undefined;
// --faq-model FILE scores with a section classifier and answer gate trained without the set (scripts/train-faq.ts --leave-out)
const faqModelAt = args.indexOf('--faq-model');
const faqModel = faqModelAt >= 0 ? args.splice(faqModelAt, 2)[1] : undefined;
if (faqModelAt >= 0 && !faqModel) {
  console.error('--faq-model needs a file');
  process.exit(2);
}
// --errors lists each wrong draft with its findings: for a SEEN tuning set only, never for a held-out one
const errAt = args.indexOf('--errors');
const showErrors = errAt >= 0 && args.splice(errAt, 1).length > 0;
// --model FILE scores drafts with classifier weights trained without the set (scripts/train-classifier.ts --leave-out)
const checkerModelAt = args.indexOf('--model');
const modelPath = checkerModelAt >= 0 ? args.splice(checkerModelAt, 2)[1] : undefined;
const [kind, file] = args;
if ((kind !== 'drafts' && kind !== 'questions') || !file) {
  console.error('usage: eval-blind drafts|questions FILE.jsonl');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');

if (kind === 'drafts') {
  const checker = createDraftChecker({ llm: null, modelPath });
  const groups = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  const errors: string[] = [];
  for (const r of rows) {
    const result = checker.checkLocal(r.text);
    const predicted = result.leak;
    const leak = r.label === 'leak';
    if (showErrors && predicted !== leak) {
      const found = result.findings.map((f) => `${f.rule}=${JSON.stringify(r.text.slice(f.start, f.end))}`).join(', ');
      errors.push(`${leak ? 'MISSED' : 'FALSE ALARM'} ${r.id ?? ''} [${r.category}] ${JSON.stringify(r.text)}${found ? ' <- ' + found : ''}`);
    }
    // Legitimate drafts are grouped by the writer's kind, and false alarms by the kind of finding that raised them:
    // aggregates that point at a class of false alarm without listing a held-out set's items.
    const raisedBy = !leak && predicted ? [`false alarm raised by:${result.findings[0]?.category ?? 'none'}`] : [];
    for (const key of ['all', `lang:${r.lang}`, r.hard ? 'hard' : 'plain', leak ? `category:${r.category}` : `legit:${r.category}`, ...raisedBy]) {
      const t = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      if (leak) predicted ? t.tp++ : t.fn++;
      else predicted ? t.fp++ : t.tn++;
      groups.set(key, t);
    }
  }
  console.log(`${file}: ${rows.length} drafts, LLM off`);
  for (const [key, t] of [...groups].sort()) {
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`${key.padEnd(24)} n=${String(t.tp + t.fp + t.fn + t.tn).padStart(4)}  P ${pct(t.tp, t.tp + t.fp)}  R ${pct(t.tp, t.tp + t.fn)}  F1 ${((200 * p * r) / (p + r)).toFixed(1)}  FPR ${pct(t.fp, t.fp + t.tn)}`);
  }
  if (showErrors) for (const e of errors) console.log(e);
} else {
  // loadModel returns null for a missing file, which would quietly score without the learned part: refuse instead
  const model = faqModel === undefined ? undefined : loadModel(faqModel);
  if (faqModel !== undefined && !model) {
    console.error(`--faq-model ${faqModel}: no such file`);
    process.exit(2);
  }
  const faq = createPolicyFaq({ llm: null, lineMemory, model });
  const groups = new Map<string, { a: number; facts: number; right: number; u: number; declined: number }>();
  const errors: string[] = [];
  for (const r of rows) {
    const ans = faq.askLocal(r.q, {});
    if (showErrors) {
      if (!questionRight({ answerable: r.answerable, facts: r.facts, polarity: r.polarity ?? null }, ans.answer, ans.declined)) {
        const facts = !ans.declined && r.facts.every((f: string) => hasFact(ans.answer, f));
        const why = !r.answerable ? 'ANSWERED' : ans.declined ? 'DECLINED' : !facts ? `MISSING ${r.facts.filter((f: string) => !hasFact(ans.answer, f)).join(' ; ')}` : `POLARITY want ${r.polarity}`;
        errors.push(`${why} ${r.id ?? ''} [${r.lang} ${r.type ?? ''}] ${JSON.stringify(r.q)}\n    -> ${JSON.stringify(ans.answer.slice(0, 400))}`);
      }
    }
    for (const key of ['all', r.lang]) {
      const t = groups.get(key) ?? { a: 0, facts: 0, right: 0, u: 0, declined: 0 };
      if (r.answerable) {
        t.a++;
        const facts = !ans.declined && r.facts.every((f: string) => hasFact(ans.answer, f));
        if (facts) t.facts++;
        if (questionRight({ answerable: true, facts: r.facts, polarity: r.polarity ?? null }, ans.answer, ans.declined)) t.right++;
      } else {
        t.u++;
        if (ans.declined) t.declined++;
      }
      groups.set(key, t);
    }
  }
  console.log(`${file}: ${rows.length} questions, LLM off`);
  for (const [key, t] of groups) {
    console.log(`${key.padEnd(6)} answerable ${t.a}: every fact ${pct(t.facts, t.a)}% (and yes/no right ${pct(t.right, t.a)}%) | unanswerable ${t.u}: declined ${pct(t.declined, t.u)}%`);
  }
  if (showErrors) for (const e of errors) console.log(e);
}

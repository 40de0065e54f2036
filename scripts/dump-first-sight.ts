/**
 * Writes the findings the rules of an earlier commit raised on a round's sets: the rules as a new writer first met
 * them, before anyone fitted them to that writer. The arbiter (scripts/train-arbiter.ts) learns its false findings
 * from these too: the current rules were fitted by wording to most labelled sets, so on them false findings are few
 * (48 in about 9,000 drafts), while on a writer the rules have not met they are the false alarms that matter.
 *   git archive COMMIT src rules package.json | tar -x -C DIR   (the commit that added the round's sets)
 *   npx tsx scripts/dump-first-sight.ts DIR COMMIT SET.jsonl... > corpus/drafts/first-sight/ROUND.jsonl
 * One row per draft row of the sets: {set, row, commit, findings: [{rule, category, start, end, score}]} (findings at
 * or above that commit's warn band). Reads the sets from this checkout; runs the detector of DIR.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, readJsonl } from './stranger-sets.js';
import { draftOf } from './train-arbiter.js';

const [root, commit, ...sets] = process.argv.slice(2);
if (!root || !commit || sets.length === 0) throw new Error('usage: dump-first-sight.ts DIR COMMIT SET.jsonl...');
const { createDetector } = await import(pathToFileURL(join(root, 'src/checker/detect.ts')).href);
const { loadRules } = await import(pathToFileURL(join(root, 'src/checker/rules.ts')).href);
const rules = loadRules(join(root, 'rules/detection'));
const detector = createDetector(rules);
for (const set of sets) {
  readJsonl(join(REPO_ROOT, set)).forEach((r, row) => {
    const d = draftOf(r);
    if (!d) return;
    const findings = (detector.detect(d.text).findings as Array<{ rule: string; category: string; start: number; end: number; score: number }>)
      .filter((f) => f.score >= rules.thresholds.warn)
      .map((f) => ({ rule: f.rule, category: f.category, start: f.start, end: f.end, score: Number(f.score.toFixed(3)) }));
    // The text's hash ties the row to the draft it was computed on, should the set be edited later.
    const sha = createHash('sha256').update(d.text).digest('hex').slice(0, 12);
    console.log(JSON.stringify({ set, row, sha, commit, findings }));
  });
}

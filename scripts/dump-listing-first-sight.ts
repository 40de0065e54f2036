/**
 * Writes the verdicts and findings the listing check of an earlier commit gave on labelled listing sets: the rules as
 * a new writer first met them, before anyone fitted them to that writer. The listing arbiter (scripts/train-listing.ts)
 * learns from these: the current rules were fitted by wording to most labelled sets, so on them they are nearly always
 * right, while on a writer they have not met they are wrong about one listing in seven; that is what the arbiter must learn.
 *   git archive COMMIT src rules package.json | tar -x -C DIR   (the commit that added the sets)
 *   npx tsx scripts/dump-listing-first-sight.ts DIR COMMIT SET.jsonl... > corpus/listings/first-sight/NAME.jsonl
 * One row per listing: {set, row, sha, commit, result} where result is a RuleView (src/listing/arbiter.ts).
 * Reads the sets from this checkout; runs the listing check of DIR.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleView } from '../src/listing/arbiter.js';
import { REPO_ROOT, readJsonl, textSha12 } from './stranger-sets.js';

const [root, commit, ...sets] = process.argv.slice(2);
if (!root || !commit || sets.length === 0) throw new Error('usage: dump-listing-first-sight.ts DIR COMMIT SET.jsonl...');
const { createListingChecker } = await import(pathToFileURL(join(root, 'src/listing/index.ts')).href);
const checker = createListingChecker({ rulesDir: join(root, 'rules/listing') });
for (const set of sets) {
  readJsonl(join(REPO_ROOT, set)).forEach((r, row) => {
    if (typeof r.text !== 'string') return;
    // The text's hash ties the row to the listing it was computed on, should the set be edited later.
    console.log(JSON.stringify({ set, row, sha: textSha12(r.text), commit, result: ruleView(checker.check(r.text), checker.parse(r.text)) }));
  });
}

/**
 * The gap between the FAQ asked directly and the same question typed as a plain chat message: every question row of
 * a SEEN set goes through both, and the ones the FAQ answers right but the router does not are listed with what the
 * router replied (its reply kinds, the answer's text and the question text the FAQ was given).
 *   npx tsx scripts/compare-route-faq.ts FILE.jsonl [--all]
 * Lists items: never run it on a held-out set.
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { CoreStore } from '../src/db/store.js';
import { silentLogger } from '../src/core/log.js';
import { Router } from '../src/core/router.js';
import { createDraftChecker } from '../src/checker/index.js';
import { createPolicyFaq, type PolicyFaq } from '../src/faq/index.js';
import { createReminderService } from '../src/reminders/index.js';
import { createListingJob } from '../src/listing/index.js';
import { questionRight } from './question-right.js';

interface Q { id: string; q: string; answerable: boolean; facts: string[]; polarity: 'yes' | 'no' | null }

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'))!;
  const all = args.includes('--all');
  const rows: Q[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => JSON.parse(l)).filter((r) => typeof r.q === 'string').map((r, i) => ({ id: String(r.id ?? `line-${i + 1}`), q: r.q, answerable: r.answerable ?? r.section !== null, facts: r.facts ?? [], polarity: r.polarity ?? null }));
  const db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  const faq = createPolicyFaq({ llm: null });
  // record what the router passed to the FAQ
  const asked: string[] = [];
  const spy: PolicyFaq = new Proxy(faq, { get: (t, p) => (p === 'ask' ? (q: string, o: unknown) => (asked.push(q), (t as any).ask(q, o)) : (t as any)[p]) });
  const router = new Router({ checker: createDraftChecker({ llm: null }), faq: spy, reminders: createReminderService(db), store: new CoreStore(db), log: silentLogger, listing: createListingJob({}) });
  let direct = 0, routed = 0, gap = 0, gained = 0;
  let seq = 0;
  for (const r of rows) {
    const d = await faq.ask(r.q, {});
    const dRight = questionRight(r, d.answer, d.declined);
    asked.length = 0;
    const replies = await router.onMessage({ id: `c-${++seq}`, platform: 'console', workspaceId: 'local', conversationId: `c-${seq}`, userId: `u-${seq}`, text: r.q, isDirect: true, receivedAt: new Date() });
    const answer = replies.find((x) => x.kind === 'answer');
    const rRight = !!answer && questionRight(r, answer.text, answer.card?.tone === 'warning');
    if (dRight) direct++;
    if (rRight) routed++;
    if (dRight && !rRight) gap++;
    if (!dRight && rRight) gained++;
    if ((dRight && !rRight) || (all && dRight !== rRight)) {
      console.log(`=== ${r.id} ${dRight ? 'FAQ right, router wrong' : 'router right, FAQ wrong'} [${r.answerable ? 'ans' : 'unans'} ${r.polarity ?? ''} ${r.facts.join(' ; ')}]`);
      console.log(`Q: ${r.q}`);
      console.log(`router kinds: ${replies.map((x) => `${x.kind}${x.card?.tone ? '/' + x.card.tone : ''}`).join(' + ')}; FAQ asked: ${JSON.stringify(asked)}`);
      console.log(`direct: ${d.declined ? '[declined] ' : ''}${d.answer.slice(0, 300).replace(/\n/g, ' ⏎ ')}`);
      console.log(`router: ${answer ? answer.text.slice(0, 300).replace(/\n/g, ' ⏎ ') : '(no answer)'}`);
    }
  }
  await db.close();
  console.log(`${file}: ${rows.length} questions; FAQ direct right ${direct} (${((100 * direct) / rows.length).toFixed(1)}%), router right ${routed} (${((100 * routed) / rows.length).toFixed(1)}%); FAQ-right-router-wrong ${gap}, router-right-FAQ-wrong ${gained}`);
}
main().catch((e) => { console.error(e); process.exit(1); });

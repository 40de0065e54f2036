/**
 * End-to-end routing: every message of a labelled set is typed into the chat as a rep would (no "check" or
 * "ask" prefix) through the real Router (checker, FAQ, reminders on an in-memory PGlite, LLM off), and the
 * replies are judged by the job they show.
 *   npx tsx scripts/eval-route.ts FILE.jsonl [--errors] [--model ROUTER-MODEL.json]
 * --model scores a router model trained elsewhere (train-router --leave-out … --out …) instead of the shipped one.
 * FILE may hold routing rows {"text","job",...}, draft rows {"text","label"}, question rows {"q","answerable","facts"}
 * or listing rows {"text","fake"} (a pasted listing, fake or not, should reach the listing check).
 * A routing row may say job "smalltalk" (a greeting or a thanks): it is reached by the hello / you're-welcome reply.
 * Chat writers before round 45 had no such job and labelled small talk "question", which a hello reply never reaches.
 * Only aggregate figures print unless --errors is given: never list the failures of a set still held out.
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { CoreStore } from '../src/db/store.js';
import { silentLogger } from '../src/core/log.js';
import { Router } from '../src/core/router.js';
import { createDraftChecker } from '../src/checker/index.js';
import { createPolicyFaq } from '../src/faq/index.js';
import { createReminderService } from '../src/reminders/index.js';
import type { Reply } from '../src/core/types.js';
import { createListingJob } from '../src/listing/index.js';
import { createJobClassifier } from '../src/routing/index.js';
import { questionRight } from './question-right.js';

type Job = 'draft' | 'question' | 'question_quoting_draft' | 'reminder' | 'listing' | 'smalltalk';
interface Row {
  id: string;
  text: string;
  job: Job;
  leak: boolean | null;
  quotedLeak: boolean | null;
  facts: string[] | null;
  answerable: boolean | null;
  polarity: 'yes' | 'no' | null;
  /** A question that quotes or paraphrases a draft: it should get the draft's verdict as well as the answer. */
  quoted: boolean;
}

function load(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l);
      const id = String(r.id ?? `line-${i + 1}`);
      if (typeof r.q === 'string') return { id, text: r.q, job: 'question', leak: null, quotedLeak: null, facts: r.facts ?? [], answerable: r.answerable ?? r.section !== null, polarity: r.polarity ?? null, quoted: false };
      if (typeof r.fake === 'boolean') return { id, text: r.text, job: 'listing', leak: null, quotedLeak: null, facts: null, answerable: null, polarity: null, quoted: false };
      if (r.label === 'leak' || r.label === 'ok') return { id, text: r.text, job: 'draft', leak: r.label === 'leak', quotedLeak: null, facts: null, answerable: null, polarity: null, quoted: false };
      return { id, text: r.text, job: r.job, leak: r.leak ?? null, quotedLeak: r.quoted_leak ?? null, facts: null, answerable: null, polarity: null, quoted: r.quoted === true };
    });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const modelAt = args.indexOf('--model');
  const modelPath = modelAt >= 0 ? args[modelAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (modelAt < 0 || i !== modelAt + 1));
  if (!file) throw new Error('usage: eval-route FILE.jsonl [--errors]');
  const showErrors = args.includes('--errors');
  const rows = load(file);
  const db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  const router = new Router({
    checker: createDraftChecker({ llm: null }),
    faq: createPolicyFaq({ llm: null }),
    reminders: createReminderService(db),
    store: new CoreStore(db),
    log: silentLogger,
    listing: createListingJob({}),
    ...(modelPath ? { jobs: createJobClassifier({ modelPath }) } : {}),
  });
  const tally = new Map<string, { n: number; reached: number; right: number }>();
  const bump = (key: string, reached: boolean, right: boolean) => {
    const t = tally.get(key) ?? { n: 0, reached: 0, right: 0 };
    t.n++;
    if (reached) t.reached++;
    if (right) t.right++;
    tally.set(key, t);
  };
  let leakOnlyAnswered = 0;
  // drafts that got a policy answer under their verdict: the cost of answering what may be a question
  let draftsAnswered = 0;
  // Messages of another job that also got the listing check: the cost of sending a message there on top of its job.
  const alsoListing = new Map<string, number>();
  // a question (not one quoting a draft), reminder or listing that got the draft verdict as well: the cost of the safety net
  const alsoCheck = new Map<string, number>();
  const errors: string[] = [];
  let seq = 0;
  for (const row of rows) {
    const replies: Reply[] = await router.onMessage({
      id: `eval-${++seq}`,
      platform: 'console',
      workspaceId: 'local',
      conversationId: `eval-${seq}`,
      userId: `eval-user-${seq}`,
      text: row.text,
      isDirect: true,
      receivedAt: new Date(),
    });
    const kinds = replies.map((r) => r.kind as string);
    const check = replies.find((r) => r.kind === 'check');
    // The card's tone carries the verdict: danger = block, warning = warn, ok = pass.
    const verdictLeak = check ? check.card?.tone !== 'ok' : null;
    const answer = replies.find((r) => r.kind === 'answer');
    let reached = false;
    let right = false;
    switch (row.job) {
      case 'draft':
        reached = Boolean(check);
        right = reached && row.leak !== null && verdictLeak === row.leak;
        if (row.leak && !check && answer) leakOnlyAnswered++;
        if (answer) draftsAnswered++;
        break;
      case 'question': {
        reached = Boolean(answer);
        if (row.facts && answer) {
          right = questionRight({ answerable: row.answerable, facts: row.facts, polarity: row.polarity }, answer.text, answer.card?.tone === 'warning');
        } else right = reached;
        break;
      }
      case 'question_quoting_draft':
        reached = Boolean(answer) && Boolean(check);
        right = reached && (row.quotedLeak === null || verdictLeak === row.quotedLeak);
        break;
      case 'reminder':
        reached = kinds.includes('reminder');
        right = reached;
        break;
      case 'listing':
        reached = kinds.includes('listing');
        right = reached;
        break;
      case 'smalltalk':
        // A greeting or thanks wants the short hello reply and nothing heavier: not a check, not a policy answer.
        reached = kinds.includes('help');
        right = reached && !check && !answer;
        break;
    }
    bump(row.job, reached, right);
    bump('all', reached, right);
    if (row.job !== 'listing' && kinds.includes('listing')) alsoListing.set(row.job, (alsoListing.get(row.job) ?? 0) + 1);
    if (row.job !== 'draft' && !(row.job === 'question' && row.quoted) && kinds.includes('check')) alsoCheck.set(row.job, (alsoCheck.get(row.job) ?? 0) + 1);
    // Not part of 'all': a question quoting a draft is counted right above when answered; here, whether it also got
    // the verdict, and the right one.
    if (row.job === 'question' && row.quoted) {
      const both = Boolean(answer) && Boolean(check);
      const bothRight = both && (row.quotedLeak === null || verdictLeak === row.quotedLeak);
      bump('(question quoting draft)', both, bothRight);
      if (!bothRight) errors.push(`${row.id} [quoting draft${row.quotedLeak !== null ? (row.quotedLeak ? '/leak' : '/ok') : ''}] -> ${kinds.join('+') || 'nothing'}${check ? ` (verdict ${verdictLeak ? 'leak' : 'ok'})` : ''}: ${JSON.stringify(row.text.slice(0, 140))}`);
    }
    if (!right) errors.push(`${row.id} [${row.job}${row.leak !== null ? (row.leak ? '/leak' : '/ok') : ''}] -> ${kinds.join('+') || 'nothing'}: ${JSON.stringify(row.text.slice(0, 140))}`);
  }
  await db.close();
  console.log(`${file}: ${rows.length} messages through the Router (console DM, LLM off)`);
  console.log('job                       n   reached job   right   (question quoting draft: reached = verdict and answer, right = the right verdict)');
  for (const [k, t] of [...tally].sort()) {
    console.log(`${k.padEnd(24)}${String(t.n).padStart(4)}   ${((100 * t.reached) / t.n).toFixed(1).padStart(9)}%  ${((100 * t.right) / t.n).toFixed(1).padStart(6)}%`);
  }
  console.log(`leaking drafts that got only a policy answer: ${leakOnlyAnswered}`);
  console.log(`drafts that also got a policy answer or decline: ${draftsAnswered}`);
  console.log(`other jobs that also got the draft check: ${[...alsoCheck].sort().map(([job, n]) => `${job} ${n}`).join(', ') || 'none'}`);
  console.log(`other jobs that also got the listing check: ${[...alsoListing].sort().map(([job, n]) => `${job} ${n}`).join(', ') || 'none'}`);
  if (showErrors) console.log(errors.join('\n'));
  else console.log(`errors: ${errors.length} (listed only with --errors)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

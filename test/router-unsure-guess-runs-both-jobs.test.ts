import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import type { Router } from '../src/core/router.js';
import { CoreStore } from '../src/db/store.js';
import { localRouter } from './helpers/router.js';
import { createJobClassifier, ROUTE_JOBS, type JobClassifier, type RouteJob } from '../src/routing/index.js';
import type { Reply } from '../src/core/types.js';

/**
 * When the router is unsure whether a plain message is a draft or a question, the rep gets both jobs where
 * both have something to say: a message checked as a draft also gets the policy answer the briefing holds, and
 * a message answered as a question the briefing cannot answer also gets the draft verdict. A sure guess stays
 * one reply. The real Router, checker, FAQ and PGlite; only the guess's probabilities are set by the test.
 */
let db: Database;
let router: Router;
let guessed: Record<RouteJob, number>;

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  const real = createJobClassifier();
  const jobs: JobClassifier = {
    rules: real.rules,
    guess() {
      const ranked = ROUTE_JOBS.map((job) => ({ job, p: guessed[job] })).sort((a, b) => b.p - a.p);
      return { job: ranked[0]!.job, p: ranked[0]!.p, runnerUp: ranked[1]!.job, probs: guessed, cues: [] };
    },
  };
  router = localRouter(db, jobs);
}, 60_000);

afterAll(async () => {
  await db?.close();
});

let seq = 0;
async function send(text: string, probs: Partial<Record<RouteJob, number>>): Promise<string[]> {
  guessed = { draft: 0, question: 0, listing: 0, reminder: 0, ...probs };
  const replies: Reply[] = await router.onMessage({
    id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: `c${seq}`, userId: `u${seq}`, text, isDirect: true, receivedAt: new Date(),
  });
  return replies.map((r) => r.kind);
}

const answerable = 'How many days do named violators have to fix their products?';
const notInBriefing = 'Thanks, the blue ones are packed and leave the factory on Friday.';

describe('an unsure guess between a draft and a question', () => {
  it('checked as a draft, with the policy answer under the verdict when the briefing answers it', async () => {
    expect(await send(answerable, { draft: 0.6, question: 0.4 })).toEqual(['check', 'answer']);
  });

  it('a sure draft guess stays one verdict', async () => {
    expect(await send(answerable, { draft: 0.9, question: 0.1 })).toEqual(['check']);
  });

  it('an unsure draft guess the briefing cannot answer stays one verdict (no "not covered" noise)', async () => {
    expect(await send(notInBriefing, { draft: 0.6, question: 0.4 })).toEqual(['check']);
  });

  it('answered as a question the briefing cannot answer, the draft verdict comes first', async () => {
    expect(await send(notInBriefing, { question: 0.6, draft: 0.4 })).toEqual(['check', 'answer']);
  });

  it('a sure question guess stays one answer, declined or not', async () => {
    expect(await send(notInBriefing, { question: 0.95, draft: 0.05 })).toEqual(['answer']);
    expect(await send(answerable, { question: 0.6, draft: 0.4 })).toEqual(['answer']);
  });

  it('a probable draft the briefing cannot answer is not recorded as an unanswered question', async () => {
    const store = new CoreStore(db);
    const draft = 'Thanks, the red ones leave the factory on Monday.';
    await send(draft, { draft: 0.6, question: 0.4 });
    expect((await store.declinedQuestions()).map((q) => q.question)).not.toContain(draft);
    // the same text answered as a question is recorded as declined: the check above can fail
    await send(draft, { question: 0.6, draft: 0.4 });
    expect((await store.declinedQuestions()).map((q) => q.question)).toContain(draft);
  });
});

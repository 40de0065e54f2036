import { afterAll, beforeAll, expect, vi } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { IncomingMessage, Reply } from '../../src/core/types.js';
import { CoreStore } from '../../src/db/store.js';
import { silentLogger } from '../../src/core/log.js';
import { Router } from '../../src/core/router.js';
import { createDraftChecker } from '../../src/checker/index.js';
import { createPolicyFaq } from '../../src/faq/index.js';
import { createReminderService, type ReminderService } from '../../src/reminders/index.js';
import type { JobClassifier } from '../../src/routing/index.js';
import { createListingJob } from '../../src/listing/index.js';

export interface LocalRouterOptions {
  /** With the listing check (off by default, as in a deployment without it: the router says it is not enabled). */
  listing?: boolean;
}

/** The real Router with the real checker, FAQ and reminders on the given database, LLM off; the shipped job model unless given. */
export function localRouter(db: Database, jobs?: JobClassifier, opts: LocalRouterOptions = {}): Router {
  return new Router({
    listing: opts.listing ? createListingJob({}) : undefined,
    checker: createDraftChecker({ llm: null }),
    faq: createPolicyFaq({ llm: null }),
    reminders: createReminderService(db),
    store: new CoreStore(db),
    log: silentLogger,
    jobs,
  });
}

/**
 * A real local Router on an in-memory PGlite for one test file: opened before its tests, closed after. `say` is a
 * console DM from the named user in their own conversation (so a "yes" answers that user's proposal); `db` is the
 * file's database, for reading what the messages made.
 */
export function localRouterForFile(opts: LocalRouterOptions = {}): {
  say: (user: string, text: string, extra?: Partial<IncomingMessage>) => Promise<Reply[]>;
  db: () => Database;
} {
  let db: Database | undefined;
  let router: Router;
  let seq = 0;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await db.migrate();
    router = localRouter(db, undefined, opts);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });
  return {
    say: (user, text, extra = {}) =>
      router.onMessage({ id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: `dm-${user}`, userId: user, text, isDirect: true, receivedAt: new Date(), ...extra }),
    db: () => db!,
  };
}

/** localRouterForFile where each send is from a new user in a new conversation, so no message inherits another's thread. */
export function localRouterPerFile(opts: LocalRouterOptions = {}): (text: string) => Promise<Reply[]> {
  const { say } = localRouterForFile(opts);
  let seq = 0;
  return (text) => say(`u${++seq}`, text);
}

/** The kinds of the replies a message gets ("check", "answer", "reminder", …), from a send made by localRouterPerFile. */
export function replyKinds(send: (text: string) => Promise<Reply[]>): (text: string) => Promise<string[]> {
  return async (text) => (await send(text)).map((r) => r.kind);
}

/** Wednesday 13 May 2026, 10:00 in Shanghai: a clock on which weekdays named and quiet hours never hang on when tests run. */
export const WEDNESDAY_10_SHANGHAI = new Date('2026-05-13T02:00:00Z');

/**
 * A real local Router and reminder service on an in-memory PGlite for one test file, with the clock they read pinned
 * to `at` (the database opens on the real clock first). Opened before the file's tests, closed after. `say` is a console
 * DM from the named user in their own conversation (to the file's router unless another is given); `track` sends a
 * track command and returns the case's reference ("C3"), failing the test when the reply names none.
 */
export function pinnedClockRouterForFile(at: Date = WEDNESDAY_10_SHANGHAI): {
  router: () => Router;
  service: () => ReminderService;
  db: () => Database;
  say: (user: string, text: string, via?: Router) => Promise<Reply[]>;
  track: (user: string, command: string) => Promise<string>;
} {
  let db: Database | undefined;
  let router: Router;
  let service: ReminderService;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await db.migrate();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    router = localRouter(db);
    service = createReminderService(db);
  }, 180_000);
  afterAll(async () => {
    vi.useRealTimers();
    await db?.close();
  });
  let seq = 0;
  const say = (user: string, text: string, via: Router = router) =>
    via.onMessage({ id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: `dm-${user}`, userId: user, text, isDirect: true, receivedAt: new Date() });
  const track = async (user: string, command: string) => {
    const [reply] = await say(user, command);
    const id = /\bC(\d+)\b/.exec(reply!.text)?.[0];
    expect(id, reply!.text).toBeTruthy();
    return id!;
  };
  return { router: () => router, service: () => service, db: () => db!, say, track };
}

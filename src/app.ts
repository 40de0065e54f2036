import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { HailiConfig } from './config/index.js';
import { openDatabase, type Database } from './db/database.js';
import { CoreStore } from './db/store.js';
import { createLogger, redact, type Logger } from './core/log.js';
import { HailiError } from './core/errors.js';
import { Router } from './core/router.js';
import { createDraftChecker } from './checker/index.js';
import { createPolicyFaq } from './faq/index.js';
import { createListingChecker, createListingJob } from './listing/index.js';
import { ListingCheckStore } from './db/listing-store.js';
import { createReminderEngine, createReminderService, type ReminderEngine, type ReminderService } from './reminders/index.js';
import type { AdapterDeps, ChatAdapter } from './platform/adapter.js';
import { ConsoleAdapter } from './platform/console/index.js';
import { PlatformDeliverer } from './platform/deliverer.js';
import { listen, type RunningServer } from './server/http.js';
import { createAdminApi } from './server/admin-api.js';

export interface StartOptions {
  config: HailiConfig;
  log?: Logger;
  clock?: () => Date;
  /** Replica name for reminder leases; defaults to host-pid-random. */
  replicaId?: string;
  /** Tests may drive the reminder engine by hand with tick(). */
  startEngine?: boolean;
  /** Extra adapters (tests). */
  adapters?: ChatAdapter[];
}

export interface RunningHaili {
  url: string;
  port: number;
  db: Database;
  router: Router;
  reminders: ReminderService;
  engine: ReminderEngine;
  adapters: ChatAdapter[];
  stop(): Promise<void>;
}

/**
 * The composition root: the only place that knows every module, adapter and the database.
 *
 * Start-up is all or nothing: if any configured part fails (database, port, an adapter whose credentials the
 * platform rejects), everything already started is stopped again, the data folder's lock is released, and
 * StartupError carries one line naming what failed. `haili serve` then exits non-zero, so a supervisor sees
 * it and restarts or alerts; nothing runs half-started while /healthz says ok.
 */
export async function startHaili(opts: StartOptions): Promise<RunningHaili> {
  const { config } = opts;
  const log = opts.log ?? createLogger(config.logLevel);
  const started = Date.now();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, role: 'server' });
  const cleanup: (() => Promise<void>)[] = [() => db.close()];
  const undo = async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  };
  try {
    const applied = await db.migrate();
    if (applied.length) log.info('migrations_applied', { names: applied.join(',') });
  } catch (err) {
    await undo();
    throw err;
  }
  const store = new CoreStore(db);
  // The OpenAI SDK loads only when an LLM is configured: with the LLM off (the default) it is dead weight.
  const llm = config.llm ? new (await import('./llm/client.js')).LlmClient(config.llm) : null;
  const checker = createDraftChecker({ llm });
  const faq = createPolicyFaq({ llm });
  const reminders = createReminderService(db, { clock: opts.clock, admins: config.admins });
  const listingStore = new ListingCheckStore(db, store);
  // One checker (rules loaded once) for the chat job and the console's paste area.
  const listingChecker = createListingChecker();
  const router = new Router({ checker, faq, reminders, store, log, listing: createListingJob({ store: listingStore, log, checker: listingChecker }) });

  const adapterDeps: AdapterDeps = { claimEvent: (p, id) => store.claimEvent(p, id), log };
  const consoleAdapter = new ConsoleAdapter(store);
  let adapters: ChatAdapter[];
  try {
    adapters = [consoleAdapter, ...(await platformAdapters(config, adapterDeps)), ...(opts.adapters ?? [])];
  } catch (err) {
    await undo();
    throw new StartupError(`adapter configuration: ${(err as Error).message}`);
  }
  const replicaId = opts.replicaId ?? `${os.hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;
  // Built before the server answers anything, so every route can use it from the first request.
  const engine = createReminderEngine(db, new PlatformDeliverer(adapters), { replicaId, clock: opts.clock });

  let draining = false;
  const server: RunningServer = await listen(
    {
      console: consoleAdapter,
      routes: adapters.flatMap((a) => a.routes ?? []),
      log,
      consoleToken: config.consoleToken,
      draining: () => draining,
      api: createAdminApi({ reminders, store, engine, migrate: () => db.migrate(), listings: listingStore, listingChecker, log }),
      health: async () => {
        const dbOk = await db.ping();
        const adapterState = Object.fromEntries(adapters.map((a) => [a.platform, a.healthy ? a.healthy() : true]));
        const adaptersOk = Object.values(adapterState).every(Boolean);
        return {
          ok: dbOk && adaptersOk && !draining,
          body: {
            status: draining ? 'stopping' : !dbOk ? 'database_unavailable' : !adaptersOk ? 'adapter_down' : 'ok',
            database: { engine: db.engine, ok: dbOk },
            adapters: adapterState,
            llm: Boolean(llm),
            uptimeSeconds: Math.round((Date.now() - started) / 1000),
          },
        };
      },
    },
    config.host,
    config.port,
  ).catch(async (err: NodeJS.ErrnoException) => {
    await undo();
    if (err.code === 'EADDRINUSE') throw new StartupError(`HAILI_PORT: port ${config.port} on ${config.host} is already in use`);
    if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new StartupError(`HAILI_HOST: cannot listen on ${config.host}`);
    throw err;
  });
  cleanup.push(() => server.close());

  for (const a of adapters) {
    try {
      await a.start(router);
      cleanup.push(() => a.stop());
    } catch (err) {
      draining = true;
      await a.stop().catch(() => {});
      await undo();
      throw new StartupError(`${a.platform} did not start: ${redact((err as Error).message)}`);
    }
  }

  if (opts.startEngine !== false) engine.start();
  // Only now may CLI commands be pointed here: everything they would use is up.
  db.dataLock?.advertise(server.url);
  log.info('started', { url: server.url, database: db.engine, adapters: adapters.map((a) => a.platform).join(','), ms: Date.now() - started });

  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    db,
    router,
    reminders,
    engine,
    adapters,
    stop() {
      stopping ??= (async () => {
        // Stop taking work, let in-flight requests and sends finish, then close the database.
        draining = true;
        await engine.stop();
        for (const a of adapters) await a.stop().catch((err: Error) => log.warn('adapter_stop_failed', { platform: a.platform, error: err.message }));
        await server.close();
        await db.close();
        log.info('stopped', {});
      })();
      return stopping;
    },
  };
}

export class StartupError extends HailiError {
  constructor(message: string) {
    super('STARTUP', message);
  }
}

async function platformAdapters(config: HailiConfig, deps: AdapterDeps): Promise<ChatAdapter[]> {
  const out: ChatAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('./platform/slack/index.js');
    out.push(createSlackAdapter(config.slack, deps));
  }
  if (config.dingtalk) {
    const { createDingTalkAdapter } = await import('./platform/dingtalk/index.js');
    out.push(createDingTalkAdapter(config.dingtalk, deps));
  }
  return out;
}

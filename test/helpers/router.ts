import type { Database } from '../../src/db/database.js';
import { CoreStore } from '../../src/db/store.js';
import { silentLogger } from '../../src/core/log.js';
import { Router } from '../../src/core/router.js';
import { createDraftChecker } from '../../src/checker/index.js';
import { createPolicyFaq } from '../../src/faq/index.js';
import { createReminderService } from '../../src/reminders/index.js';
import type { JobClassifier } from '../../src/routing/index.js';

/** The real Router with the real checker, FAQ and reminders on the given database, LLM off; the shipped job model unless given. */
export function localRouter(db: Database, jobs?: JobClassifier): Router {
  return new Router({
    checker: createDraftChecker({ llm: null }),
    faq: createPolicyFaq({ llm: null }),
    reminders: createReminderService(db),
    store: new CoreStore(db),
    log: silentLogger,
    jobs,
  });
}

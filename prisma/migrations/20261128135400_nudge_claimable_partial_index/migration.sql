-- (No semicolons in these comments: the migration runner splits statements on them.)
-- Written by hand: the claim query (src/db/reminder-store.ts claimDue) asks for the earliest claimable rows,
--   status IN ('pending', 'sending') AND "availableAt" <= now ORDER BY "availableAt" LIMIT n FOR UPDATE SKIP LOCKED.
-- With the composite (status, "availableAt") index PostgreSQL scans every due row of both statuses and sorts them
-- (EXPLAIN ANALYZE, 20,000 due + 500,000 future rows: 19 ms for the CTE, growing with the backlog). This partial
-- index returns rows already in "availableAt" order, so LIMIT stops after n rows (0.8 ms), and it leaves out the
-- sent / cancelled / dead rows that pile up over time. The Prisma schema language needs a preview feature for a
-- partial index, so it is not declared in schema.prisma, and the composite index it replaces is removed there.
DROP INDEX IF EXISTS "ScheduledNudge_status_availableAt_idx";

CREATE INDEX "ScheduledNudge_claimable_availableAt_idx" ON "ScheduledNudge" ("availableAt") WHERE status IN ('pending', 'sending');

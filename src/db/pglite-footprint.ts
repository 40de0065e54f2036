import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * How the embedded database is started so that an idle Haili stays small.
 *
 * PGlite is PostgreSQL compiled to wasm: its memory only grows, and what a setting reserves stays
 * reserved. The settings below are sized for one process serving one team (a few connections'
 * worth of work, a small database): PostgreSQL's defaults (128 MB shared_buffers among them) are
 * sized for a server. Measured alone on a reopened folder: about 320 MB with the defaults, about
 * 165 MB with these. They go on the command line, not in `postgresqlconf`, which would replace the
 * postgresql.conf initdb wrote (its timezone and locale settings) rather than add to it.
 */
const SMALL_FOOTPRINT_SETTINGS = {
  shared_buffers: '8MB',
  wal_buffers: '256kB',
  work_mem: '1MB',
  maintenance_work_mem: '8MB',
  temp_buffers: '1MB',
};

export function pgliteOptions(): PGliteOptions {
  const settings = Object.entries(SMALL_FOOTPRINT_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  return { startParams: [...PGlite.defaultStartParams, ...settings] };
}

/**
 * Runs PGlite's first-time initdb in a short-lived child process when `location` holds no database yet.
 *
 * In-process, initdb runs two extra wasm instances next to the database's own and leaves the process at
 * 700-800 MB that the wasm heap never gives back. In a child, that memory goes away with the child, and
 * this process then opens an existing folder like any restart (measured alone: ~150 MB instead of ~750 MB).
 * The child initialises a temporary sibling folder that is renamed into place only once complete, so an
 * interrupted first start leaves no half-made database behind.
 */
export async function initialiseInChildProcess(location: string): Promise<void> {
  if (location.startsWith('memory://') || fs.existsSync(path.join(location, 'PG_VERSION'))) return;
  // A non-empty folder without PG_VERSION is not ours to replace: PGlite decides what to do with it.
  if (fs.existsSync(location) && fs.readdirSync(location).length > 0) return;
  const pending = `${location}.initdb-${process.pid}`;
  fs.rmSync(pending, { recursive: true, force: true });
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `
    const { PGlite } = require(${JSON.stringify(pgliteEntry)});
    (async () => {
      const pg = new PGlite(process.argv[1], JSON.parse(process.argv[2]));
      await pg.waitReady;
      await pg.close();
    })().catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });`;
  const stderr = await new Promise<string | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, pending, JSON.stringify(pgliteOptions())], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // The child needs none of our NODE_OPTIONS (a test runner's loader hooks, --inspect ports).
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code === 0 ? null : `${signal ?? `exit ${code}`}: ${err.trim().slice(-400)}`));
  });
  if (stderr !== null || !fs.existsSync(path.join(pending, 'PG_VERSION'))) {
    fs.rmSync(pending, { recursive: true, force: true });
    throw new Error(`initdb failed (${stderr ?? 'no PG_VERSION written'})`);
  }
  if (fs.existsSync(location)) fs.rmdirSync(location); // empty, checked above
  fs.renameSync(pending, location);
}

/**
 * Exclusive ownership of an embedded data folder. PGlite is one process per folder: a second opener
 * silently forks the data (both processes hand out the same case numbers, and rows vanish on restart).
 *
 * The lock is a file created with O_EXCL that records the owner's pid, the kernel's start time of that
 * pid (so a recycled pid is not mistaken for the owner), what it is (server or a CLI command) and, once a
 * server listens, its URL. A lock whose owner is gone (crash, SIGKILL, power loss) is stale and taken over,
 * so the lock is in effect released when the process dies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HailiError } from '../core/errors.js';

export const LOCK_FILE = 'haili.lock';

export interface LockOwner {
  pid: number;
  /** /proc/<pid>/stat start time in clock ticks (Linux); absent elsewhere. */
  procStart?: string;
  hostname: string;
  /** 'server' or the CLI command holding the folder, e.g. 'haili import'. */
  role: string;
  startedAt: string;
  /** Set once a server listens: where CLI commands reach it. */
  url?: string;
}

export class DataLockedError extends HailiError {
  constructor(
    readonly owner: LockOwner,
    dataDir: string,
  ) {
    super('DATA_DIR_LOCKED', `HAILI_DATA_DIR: ${dataDir} is in use by ${describeOwner(owner)}; stop it first or point HAILI_DATA_DIR elsewhere`);
  }
}

export function describeOwner(o: LockOwner): string {
  const what = o.role === 'server' ? `a running Haili server${o.url ? ` at ${o.url}` : ' (starting)'}` : `"${o.role}"`;
  return `${what} (pid ${o.pid} since ${o.startedAt})`;
}

function procStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counted after the ")" that ends the command name, which may itself contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** True when the recorded owner still runs: same host, pid alive, and (where known) the same process start. */
export function ownerAlive(o: LockOwner): boolean {
  if (o.hostname !== os.hostname()) return true; // a folder shared over the network: we cannot tell, so assume alive
  try {
    process.kill(o.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = procStart(o.pid);
  return !(o.procStart && now && now !== o.procStart);
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' ? o : null;
  } catch {
    return null;
  }
}

/** The live owner of a data folder, or null when nobody holds it. */
export function currentOwner(dataDir: string): LockOwner | null {
  const o = readOwner(path.join(path.resolve(dataDir), LOCK_FILE));
  return o && ownerAlive(o) ? o : null;
}

export interface DataLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** Records where the server listens, so CLI commands can reach it instead of opening the folder. */
  advertise(url: string): void;
  release(): void;
}

const held = new Set<string>();
let exitHook = false;

/** Takes the folder or throws DataLockedError naming the owner. */
export function acquireDataLock(dataDir: string, role: string): DataLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, procStart: procStart(process.pid), hostname: os.hostname(), role, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(owner));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return hold(file, owner);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const existing = readOwner(file);
    if (existing && ownerAlive(existing)) throw new DataLockedError(existing, dir);
    if (!existing) {
      // Either being written this instant by another starter, or torn by a crash mid-write: give a writer time.
      const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < 2000) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
        continue;
      }
    }
    // Stale: the owner died. Move it aside atomically (only one taker can rename it) and try again.
    try {
      fs.renameSync(file, `${file}.stale-${process.pid}`);
      fs.rmSync(`${file}.stale-${process.pid}`, { force: true });
    } catch {
      /* someone else took it over first; the next create decides */
    }
  }
  const o = readOwner(file);
  if (o) throw new DataLockedError(o, dir);
  throw new HailiError('DATA_DIR_LOCKED', `HAILI_DATA_DIR: cannot take the lock ${file}`);
}

function hold(file: string, owner: LockOwner): DataLock {
  held.add(file);
  if (!exitHook) {
    exitHook = true;
    // A normal exit (even one that skipped close()) leaves no lock behind; a killed process leaves a stale one.
    process.once('exit', () => {
      for (const f of held) releaseFile(f);
    });
  }
  return {
    file,
    owner,
    advertise(url) {
      owner.url = url;
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(owner), { mode: 0o600 });
      fs.renameSync(tmp, file);
    },
    release() {
      held.delete(file);
      releaseFile(file);
    },
  };
}

function releaseFile(file: string): void {
  const o = readOwner(file);
  if (o && o.pid === process.pid) fs.rmSync(file, { force: true });
}

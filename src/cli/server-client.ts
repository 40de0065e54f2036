/**
 * CLI commands that write to an embedded data folder must not open it while a server owns it (a second PGlite
 * opener forks the data). They find the running server through the folder's lock file and go through its admin
 * API instead; if the folder is held by something that is not a reachable server, they refuse with one line.
 */
import type { HailiConfig } from '../config/index.js';
import { currentOwner, describeOwner } from '../db/lock.js';
import { HailiError } from '../core/errors.js';

export interface ServerClient {
  url: string;
  call<T>(method: 'GET' | 'POST', path: string, body?: { json: unknown } | { bytes: Uint8Array; type: string }): Promise<{ status: number; body: T }>;
}

export class FolderBusyError extends HailiError {
  constructor(message: string) {
    super('DATA_DIR_BUSY', message);
  }
}

/** The running server to go through, or null when the command may open the database itself. */
export function runningServer(config: HailiConfig): ServerClient | null {
  if (config.databaseUrl) return null; // PostgreSQL is shared safely by any number of processes
  const owner = currentOwner(config.dataDir);
  if (!owner) return null;
  if (owner.role !== 'server' || !owner.url) {
    throw new FolderBusyError(`HAILI_DATA_DIR: ${config.dataDir} is in use by ${describeOwner(owner)}; nothing was changed, try again when it has finished`);
  }
  const url = owner.url;
  return {
    url,
    async call<T>(method: 'GET' | 'POST', path: string, body?: { json: unknown } | { bytes: Uint8Array; type: string }) {
      const headers: Record<string, string> = {};
      if (config.consoleToken) headers.authorization = `Bearer ${config.consoleToken}`;
      let payload: BodyInit | undefined;
      if (body && 'json' in body) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body.json);
      } else if (body) {
        headers['content-type'] = body.type;
        payload = body.bytes as unknown as BodyInit;
      }
      let res: Response;
      try {
        res = await fetch(url + path, { method, headers, body: payload });
      } catch (err) {
        throw new FolderBusyError(`the Haili server that holds ${config.dataDir} (${describeOwner(owner)}) did not answer (${(err as Error).message}); nothing was changed`);
      }
      if (res.status === 401) throw new FolderBusyError(`the running Haili server at ${url} requires HAILI_CONSOLE_TOKEN; set the same token for this command`);
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { error: text.slice(0, 200) };
      }
      return { status: res.status, body: parsed as T };
    },
  };
}

/**
 * Workspaces and users' languages, for both stores (core and reminders), which used to carry their own copies
 * of these queries under the same method names. Each store still owns its directory (and cache): the delivery
 * engine reads quiet hours from its own, loaded when it starts, not from rows cached by whoever came first.
 */
import type { Platform } from '../core/types.js';
import type { Database } from './database.js';
import type { WorkspaceRow } from './reminder-store.js';

/** Insertion-ordered map that forgets its oldest entries past a size, so a long-lived process stays bounded. */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

export class WorkspaceDirectory {
  // Touched on every message and every imported row; workspaces change rarely, so they are cached.
  private readonly cache = new BoundedCache<WorkspaceRow>(10_000);

  constructor(private readonly db: Database) {}

  /** Creates the workspace on first sight. */
  async ensure(platform: Platform, externalId: string): Promise<WorkspaceRow> {
    const key = `${platform}:${externalId}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const ws = (await this.db.prisma.workspace.upsert({
      where: { platform_externalId: { platform, externalId } },
      create: { platform, externalId },
      update: {},
    })) as WorkspaceRow;
    this.cache.set(key, ws);
    return ws;
  }

  cached(platform: Platform, externalId: string): WorkspaceRow | undefined {
    return this.cache.get(`${platform}:${externalId}`);
  }

  remember(ws: WorkspaceRow): void {
    this.cache.set(`${ws.platform}:${ws.externalId}`, ws);
  }

  /** A user's stored language, by internal workspace id or by the platform's workspace id; null when unknown. */
  async userLang(workspace: { id: string } | { platform: Platform; externalId: string }, userExternalId: string): Promise<string | null> {
    const u = await this.db.prisma.chatUser.findFirst({
      where: { externalId: userExternalId, ...('id' in workspace ? { workspaceId: workspace.id } : { workspace: { platform: workspace.platform, externalId: workspace.externalId } }) },
      select: { lang: true },
    });
    return u?.lang ?? null;
  }
}

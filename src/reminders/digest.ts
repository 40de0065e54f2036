import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { NudgeInsert, ReminderStore } from '../db/reminder-store.js';
import type { PolicySet } from './policy.js';
import { outOfQuietHours } from './time.js';

/** Next digest moment (e.g. Monday 09:00 local) at or after `now`. */
export function nextDigestAt(now: Date, zone: string, weekday: number, time: string): DateTime {
  const [h, m] = time.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone });
  let at = local.set({ weekday: weekday as 1, hour: h, minute: m, second: 0, millisecond: 0 });
  if (at < local) at = at.plus({ weeks: 1 });
  return at;
}

/**
 * Plans next week's digest for every person (or group) with open cases. The idempotency key names the person and
 * the week, so replicas planning at the same time insert one row between them; the content is rendered at send time.
 */
export async function scheduleDigests(store: ReminderStore, policies: PolicySet, now: Date): Promise<number> {
  const { weekday, time } = policies.schedule.digest;
  const rows: NudgeInsert[] = [];
  for (const r of await store.digestRecipients()) {
    const at = outOfQuietHours(nextDigestAt(now, r.timeZone, weekday, time), { start: r.quietStart, end: r.quietEnd });
    const who = r.userId ? `user:${r.userId}` : `conv:${r.conversationId}`;
    rows.push({
      id: randomUUID(),
      caseId: null,
      idempotencyKey: `digest:${r.platform}:${r.workspaceExternalId}:${who}:${at.toISODate()}`,
      purpose: 'digest',
      dueAt: at.toJSDate(),
      availableAt: at.toJSDate(),
      platform: r.platform,
      workspaceExternalId: r.workspaceExternalId,
      targetConversationId: r.conversationId,
      targetUserId: r.userId,
      lang: r.lang,
      status: 'pending',
    });
  }
  if (rows.length) await store.insertNudges(rows);
  return rows.length;
}

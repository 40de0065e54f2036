import type { Lang, Platform } from '../core/types.js';

export type CaseKind = 'rectification' | 'violation-fix' | 'offsite-strike' | 'growth-tasks' | 'live-recruiting';
export type CaseStatus = 'open' | 'done' | 'cancelled';

export interface CaseTarget {
  platform: Platform;
  /** Platform workspace id (Slack team, DingTalk corp, 'local'). */
  workspaceId: string;
  conversationId: string;
  userId?: string;
}

export interface CaseView {
  id: string;
  shortId: number;
  kind: CaseKind;
  subject: string;
  /** The policy's anchor date, YYYY-MM-DD. */
  start: string;
  /** End of the last day to act, ISO 8601 with the case's offset, e.g. 2022-05-12T23:59:59.999+08:00. */
  deadline: string;
  /** Planned nudge times (sent, still to come, or skipped because already past at creation), ISO with offset. */
  nudges: string[];
  /** Nudges still to be sent. */
  pendingNudges: string[];
  status: CaseStatus;
  timeZone: string;
  lang: Lang;
  consequence: string;
  progress?: Record<string, { done: number; total: number }>;
  /** offsite-strike only: which strike this is for the shop, and its type. */
  strike?: { number: number; type: 'contact' | 'trade-assurance' };
  note?: string;
  target: CaseTarget;
  /** Platform user id of the person the case belongs to; absent when it belongs to its conversation. */
  owner?: string;
  /** When it was closed (ISO), for the Undo window. */
  closedAt?: string;
}

export interface NewCase {
  kind: CaseKind;
  subject: string;
  start: string;
  timeZone?: string;
  platform: Platform;
  workspaceId: string;
  conversationId: string;
  userId?: string;
  lang?: Lang;
  note?: string;
  /** offsite-strike only. */
  strikeType?: 'contact' | 'trade-assurance';
  createdBy?: string;
}

export interface CommandContext {
  platform: Platform;
  workspaceId: string;
  conversationId: string;
  userId: string;
  lang: Lang;
  now?: Date;
}

/** Who is acting on a case: only its owner, the owner's conversation or an admin may close or snooze it. */
export interface CaseActor {
  userId: string;
  conversationId: string;
}

export type ReminderCommand =
  /** owner: the platform user the case is for (a teammate mentioned as a user); the one who sends it, when absent. */
  | { kind: 'track'; caseKind: CaseKind; subject: string; start: string; strikeType?: 'contact' | 'trade-assurance'; note?: string; owner?: string }
  /** The open deadlines; with dueBy (YYYY-MM-DD) only those due by that day ("what's due this week?"). */
  | { kind: 'tasks'; dueBy?: string }
  | { kind: 'done'; ref: string }
  /** Stops a case that no longer applies (the event was dropped): closed as cancelled, not done. */
  | { kind: 'cancel'; ref: string }
  | { kind: 'snooze'; ref: string; duration: string }
  | { kind: 'progress'; ref: string; task: string; done: number; total?: number }
  | { kind: 'details'; ref: string }
  /** Undo of Done, allowed for a short while after closing. */
  | { kind: 'reopen'; ref: string }
  /** Moves an open case to a new anchor date (offered when the same thing is tracked twice). */
  | { kind: 'update'; ref: string; start: string };

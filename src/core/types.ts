/** The languages every message and screen is written in. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Platform = 'console' | 'slack' | 'dingtalk';

/** The one message shape every platform adapter produces; the core never sees Slack or DingTalk objects. */
export interface IncomingMessage {
  /** Platform event/message id, used for de-duplication across replicas. */
  id: string;
  platform: Platform;
  /** Slack team id, DingTalk corp id, or 'local' for the console. */
  workspaceId: string;
  conversationId: string;
  /** Thread to answer in (Slack thread_ts); follow-up questions reuse its topic. */
  threadId?: string;
  userId: string;
  userName?: string;
  text: string;
  /** Set when the platform tells us; otherwise the router detects it from the text. */
  lang?: Lang;
  isDirect: boolean;
  /**
   * Users the message mentions (Slack <@U123>, DingTalk atUsers), Haili itself left out: the platform user id, and the
   * words the mention reads as in `text` ("@U123", "@ana") when the platform says.
   */
  mentions?: { userId: string; text?: string }[];
  /** When true the text is always treated as a draft to check (e.g. Slack "Check with Haili" shortcut). */
  forceCheck?: boolean;
  receivedAt: Date;
}

/** Where an outgoing message goes. */
export interface Target {
  platform: Platform;
  workspaceId: string;
  conversationId: string;
  userId?: string;
  threadId?: string;
}

/** Every button Haili puts on a card; adapters and the console API derive their lists from this one. */
export const ACTION_IDS = ['done', 'snooze', 'details', 'reroute', 'confirm'] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export interface CardAction {
  id: ActionId;
  label: string;
  /** Opaque value carried back on click, e.g. a case id. */
  value: string;
}

export interface CardField {
  label: string;
  value: string;
}

/** A span of `text` to highlight (leaked contact details). Offsets are UTF-16 indices into `text`. */
export interface Highlight {
  start: number;
  end: number;
  label?: string;
}

/** Platform-neutral rich message; each adapter renders it natively (Block Kit, ActionCard, HTML). */
export interface Card {
  title: string;
  tone: 'danger' | 'warning' | 'ok' | 'info';
  body?: string;
  fields?: CardField[];
  /** Original text with highlighted spans (the draft as typed). */
  quoted?: { text: string; highlights: Highlight[] };
  actions?: CardAction[];
  /** Text the person is meant to copy and send (the compliant rewrite): shown set apart, with a copy button. */
  rewrite?: { label: string; text: string };
  footer?: string;
}

export interface Reply {
  lang: Lang;
  /** Plain/markdown fallback, always present, readable on its own. */
  text: string;
  card?: Card;
  /** What produced it, for logs and the console. */
  kind: 'check' | 'answer' | 'listing' | 'reminder' | 'command' | 'help' | 'error';
}

/** A button click coming back from a platform. */
export interface IncomingAction {
  id: string;
  platform: Platform;
  workspaceId: string;
  conversationId: string;
  threadId?: string;
  userId: string;
  action: ActionId;
  value: string;
  lang?: Lang;
}

/**
 * The listing check as the router sees it: a pasted product listing in, a reply out (the job records the
 * check itself). Implemented by src/listing; optional so the core runs without it.
 */
export interface ListingJob {
  check(text: string, ctx: { platform: Platform; workspaceId: string; userId: string; lang?: Lang }): Promise<Reply>;
}

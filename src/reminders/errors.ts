import type { Lang } from '../core/types.js';
import type { CaseView } from './types.js';

/** Bad input from a person (unknown kind, impossible date, negative snooze). `message` is English; `text(lang)` picks the language. */
export class InputError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
    this.name = 'InputError';
  }
  text(lang: Lang): string {
    return lang === 'zh' ? this.zh : this.en;
  }
}

/** Tracking what is already tracked: carries the open case so the reply can offer to re-date it. */
export class DuplicateCaseError extends InputError {
  constructor(
    readonly existing: CaseView,
    readonly start: string,
  ) {
    super(`C${existing.shortId} already tracks ${existing.subject}.`, `C${existing.shortId} 已在跟踪 ${existing.subject}。`);
    this.name = 'DuplicateCaseError';
  }
}

/** Closing or snoozing someone else's case. */
export class NotYoursError extends InputError {
  constructor(readonly existing: CaseView) {
    super(
      `C${existing.shortId} belongs to ${existing.owner ?? 'its conversation'}; only they or an admin can close or snooze it.`,
      `C${existing.shortId} 属于 ${existing.owner ?? '其所在会话'}，只有本人或管理员可以关闭或推迟。`,
    );
    this.name = 'NotYoursError';
  }
}

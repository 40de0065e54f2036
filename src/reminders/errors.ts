import type { Lang } from '../core/types.js';

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

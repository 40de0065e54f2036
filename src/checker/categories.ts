/**
 * The leak categories, listed once. Rule validation (rules.ts), the LLM answer schema and prompt (llm-stage.ts),
 * the card labels (render.ts) and the Finding type (index.ts) all derive from this table.
 *  - `label`: [zh, en] shown on the check card.
 *  - `llm`: whether the second-opinion model may answer with it (the last two are the checker's own bookkeeping).
 */
export const CATEGORIES = {
  phone: { label: ['电话号码', 'Phone number'], llm: true },
  email: { label: ['邮箱地址', 'Email address'], llm: true },
  messenger: { label: ['站外即时通讯', 'Off-platform messenger'], llm: true },
  link: { label: ['站外链接/二维码', 'Off-platform link / QR code'], llm: true },
  ask_contact: { label: ['索要买家联系方式', "Asking for the buyer's contact"], llm: true },
  file_offsite: { label: ['站外传文件/转移沟通', 'Moving files or the chat off-platform'], llm: true },
  payment: { label: ['拒绝信保/引导站外付款', 'Refusing Trade Assurance / paying off-platform'], llm: true },
  signature: { label: ['签名档/自动回复', 'Signature / auto-reply'], llm: false },
  classifier: { label: ['疑似引导站外', 'Likely steering off-platform'], llm: false },
} as const satisfies Record<string, { label: readonly [string, string]; llm: boolean }>;

export type LeakCategory = keyof typeof CATEGORIES;

export const LEAK_CATEGORIES = Object.keys(CATEGORIES) as [LeakCategory, ...LeakCategory[]];

/** The categories the LLM stage may name, plus its own 'none'. */
export const LLM_CATEGORIES = [...LEAK_CATEGORIES.filter((c) => CATEGORIES[c].llm), 'none'] as unknown as [string, ...string[]];

/** A category's card label in the given language. */
export const categoryLabel = (c: LeakCategory, lang: 'zh' | 'en'): string => CATEGORIES[c].label[lang === 'zh' ? 0 : 1];

/**
 * The leak categories, listed once. Rule validation (rules.ts), the LLM answer schema and prompt (llm-stage.ts),
 * the card labels (render.ts) and the Finding type (index.ts) and the web console's labels (console-page.ts) all derive from this table.
 *  - `label`: [zh, en] shown on the check card; `short`: [zh, en] for the web console's case list and dashboard.
 *  - `llm`: whether the second-opinion model may answer with it (the last two are the checker's own bookkeeping).
 */
export const CATEGORIES = {
  phone: { label: ['电话号码', 'Phone number'], short: ['电话', 'Phone'], llm: true },
  email: { label: ['邮箱地址', 'Email address'], short: ['邮箱', 'Email'], llm: true },
  messenger: { label: ['站外即时通讯', 'Off-platform messenger'], short: ['即时通讯', 'Messenger'], llm: true },
  link: { label: ['站外链接/二维码', 'Off-platform link / QR code'], short: ['站外链接', 'Link'], llm: true },
  ask_contact: { label: ['索要买家联系方式', "Asking for the buyer's contact"], short: ['索要联系方式', 'Asks for contact'], llm: true },
  file_offsite: { label: ['站外传文件/转移沟通', 'Moving files or the chat off-platform'], short: ['站外传文件', 'Off-site files'], llm: true },
  payment: { label: ['拒绝信保/引导站外付款', 'Refusing Trade Assurance / paying off-platform'], short: ['拒绝信保/站外付款', 'Off-platform payment'], llm: true },
  signature: { label: ['签名档/自动回复', 'Signature / auto-reply'], short: ['签名联系方式', 'Signature'], llm: false },
  classifier: { label: ['疑似引导站外', 'Likely steering off-platform'], short: ['模型判定', 'Classifier'], llm: false },
} as const satisfies Record<string, { label: readonly [string, string]; short: readonly [string, string]; llm: boolean }>;

export type LeakCategory = keyof typeof CATEGORIES;

export const LEAK_CATEGORIES = Object.keys(CATEGORIES) as [LeakCategory, ...LeakCategory[]];

/** The categories the LLM stage may name, plus its own 'none'. */
export const LLM_CATEGORIES = [...LEAK_CATEGORIES.filter((c) => CATEGORIES[c].llm), 'none'] as unknown as [string, ...string[]];

/** A category's card label in the given language. */
export const categoryLabel = (c: LeakCategory, lang: 'zh' | 'en'): string => CATEGORIES[c].label[lang === 'zh' ? 0 : 1];

/** The console's short labels, { category: [zh, en] }, injected into console.js. */
export const consoleLabels = (): Record<string, readonly [string, string]> =>
  Object.fromEntries(LEAK_CATEGORIES.map((c) => [c, CATEGORIES[c].short]));

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../config/yaml.js';
import { z } from 'zod';
import { t } from '../core/lang.js';
import type { Card, CardField, Reply } from '../core/types.js';
import { categoryLabel } from './categories.js';
import type { CheckResult } from './index.js';

/**
 * The briefing's penalty ladder for steering buyers off-platform (首次 警告, 再次 扣3分/次, ≥4次 扣6分/次 …), read from
 * the one place it is written as data, rules/deadlines/offsite-strike.yaml, so the leak card and the strike
 * reminders can never disagree.
 */
const STRIKES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules', 'deadlines', 'offsite-strike.yaml');
const rungSchema = z.object({ from: z.number().int().positive(), zh: z.string().min(1), en: z.string().min(1) });
let ladderCache: z.infer<typeof rungSchema>[] | null = null;
function ladder(): z.infer<typeof rungSchema>[] {
  ladderCache ??= readYamlFile(STRIKES_FILE, z.object({ strikes: z.array(rungSchema).min(1) })).strikes;
  return ladderCache;
}

export function penaltyLadder(lang: 'zh' | 'en'): string {
  const rungs = ladder();
  return rungs
    .map((r, i) => {
      const next = rungs[i + 1];
      const zhWhen = r.from === 1 ? '首次' : next ? (next.from - 1 === r.from ? `第${r.from}次` : '再次') : `≥${r.from}次`;
      const enWhen = r.from === 1 ? '1st time' : next ? (next.from - 1 === r.from ? `time ${r.from}` : `times ${r.from}–${next.from - 1}`) : `from the ${r.from}th`;
      return t(lang, `${zhWhen} ${r.zh}`, `${enWhen}: ${r.en}`);
    })
    .join(t(lang, ' → ', ' → '));
}

// Quoted text in chat cards stays readable; very long drafts are cut (highlights past the cut are dropped).
const MAX_QUOTE = 1500;
/** Longest rewrite that gets a Check again button (the console's Edit & check again has no limit). */
const MAX_RECHECK = 400;

/** A check result as a platform-neutral card plus a plain-text fallback in the draft's language. */
export function checkResultToReply(result: CheckResult, originalText: string): Reply {
  const lang = result.lang;
  const tone: Card['tone'] = result.verdict === 'block' ? 'danger' : result.verdict === 'warn' ? 'warning' : 'ok';
  const title =
    result.verdict === 'block'
      ? t(lang, '请勿发送：草稿引导买家离开阿里巴巴国际站沟通', 'Do not send: this draft steers the buyer off Alibaba.com')
      : result.verdict === 'warn'
        ? t(lang, '请再检查：草稿可能引导买家站外沟通', 'Check before sending: this draft may steer the buyer off Alibaba.com')
        : t(lang, '可以发送：未发现站外引导', 'OK to send: no off-platform contact found');
  const quoteText = originalText.length > MAX_QUOTE ? originalText.slice(0, MAX_QUOTE) + '…' : originalText;
  const highlights = result.findings
    .filter((f) => f.end <= MAX_QUOTE)
    .map((f) => ({ start: f.start, end: f.end, label: categoryLabel(f.category, lang) }));
  const fields = result.findings.slice(0, 5).flatMap((f, i) => [
    { label: t(lang, `问题 ${i + 1}`, `Issue ${i + 1}`), value: `${categoryLabel(f.category, lang)}: ${f.reason}` },
    { label: t(lang, '政策条款', 'Policy clause'), value: `「${f.clause}」` },
  ]);
  if (result.findings.length) fields.push(penaltyField(lang));
  const card: Card = {
    title,
    tone,
    quoted: { text: quoteText, highlights },
    fields,
    ...(result.rewrite ? { rewrite: { label: t(lang, '建议改写（可复制后修改再发送）', 'Suggested rewrite (copy, adjust, send)'), text: result.rewrite } } : {}),
    // "Check again" re-checks the rewrite as it stands (the console also lets the person edit it first). A button
    // carries its text in the click, so only a rewrite short enough to travel whole gets one; a cut one would be
    // checked in part, and DingTalk buttons carry it URL-encoded inside a size-capped message.
    ...(result.rewrite && result.rewrite.length <= MAX_RECHECK ? { actions: [{ id: 'reroute' as const, label: t(lang, '再检查一次', 'Check again'), value: `check ${result.rewrite}` }] } : {}),
    footer: t(lang, '依据：2022年4月商家全网发布会《虚假价格及买家拉线下管控治理》', 'Source: April 2022 merchant briefing, off-platform contact rules'),
  };
  const lines = [title];
  for (const f of result.findings.slice(0, 5)) {
    lines.push(`- ${categoryLabel(f.category, lang)}: ${f.reason}`);
    lines.push(`  ${t(lang, '条款', 'Clause')}: 「${f.clause}」`);
  }
  if (result.findings.length > 5) lines.push(t(lang, `……另有 ${result.findings.length - 5} 处`, `...and ${result.findings.length - 5} more`));
  if (result.findings.length) lines.push(`${penaltyField(lang).label}: ${penaltyField(lang).value}`);
  if (result.rewrite) lines.push('', t(lang, '建议改写：', 'Suggested rewrite:'), result.rewrite);
  return { lang, kind: 'check', text: lines.join('\n'), card };
}

function penaltyField(lang: 'zh' | 'en'): CardField {
  return { label: t(lang, '处罚阶梯（发布会）', 'Penalty ladder (briefing)'), value: penaltyLadder(lang) };
}

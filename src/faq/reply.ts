import type { Card, Reply } from '../core/types.js';
import { t } from '../core/lang.js';
import type { Answer } from './answer.js';

/** Renders an Answer as a platform-neutral reply: the answer, where it comes from, and what to try when declined. */
export function answerToReply(answer: Answer): Reply {
  const lang = answer.lang;
  const cite = answer.citations[0];
  const fields: Card['fields'] = [];
  if (cite) {
    fields.push({ label: t(lang, '来源', 'Source'), value: cite.title });
    fields.push({ label: t(lang, '原文', 'Quoted from the policy'), value: `「${cite.quote}」` });
  }
  if (answer.declined && answer.suggestions.length) {
    fields.push({
      label: t(lang, '相关主题', 'Closest topics'),
      value: answer.suggestions.map((s) => s.title).join(t(lang, '；', '; ')),
    });
  }
  const card: Card = {
    title: answer.declined ? t(lang, '政策里没有找到答案', 'Not covered by the policy') : t(lang, '政策解答', 'Policy answer'),
    tone: answer.declined ? 'warning' : 'info',
    body: answer.answer,
    fields,
    footer: cite
      ? t(lang, `回复 “source ${cite.sectionId}” 查看完整原文`, `Reply "source ${cite.sectionId}" for the full passage`)
      : undefined,
  };
  const lines = [answer.answer];
  for (const c of answer.citations) lines.push(t(lang, `来源：${c.title} ——「${c.quote}」`, `Source: ${c.title} — "${c.quote}"`));
  if (answer.declined && answer.suggestions.length && !answer.answer.includes(answer.suggestions[0]!.title)) {
    lines.push(t(lang, '相关主题：', 'Closest topics: ') + answer.suggestions.map((s) => s.title).join(t(lang, '；', '; ')));
  }
  return { lang, text: lines.join('\n'), card, kind: 'answer' };
}

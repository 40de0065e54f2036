import { t } from '../core/lang.js';
import type { Card, Reply } from '../core/types.js';
import type { ListingKind, ListingResult } from './types.js';

/** Each kind's name for people, in both languages (the kinds themselves are listed once, in types.ts). */
export const KIND_LABEL: Record<ListingKind, [string, string]> = {
  price_ladder: ['虚假阶梯价', 'False price tiers'],
  sku_filler: ['虚假SKU（低价/高价凑数）', 'Filler SKU priced off normal'],
  shipping: ['虚假运费', 'False shipping fee'],
  moq: ['虚报起订量（MOQ）', 'False MOQ'],
  price_unit: ['异常计价单位', 'Price in an unusual unit'],
  price_range: ['价格区间失真', 'Misleading price range'],
};

const MAX_FINDINGS = 5;

/** A listing check as a platform-neutral card plus a plain-text fallback, in the listing's language. */
export function listingResultToReply(result: ListingResult, _text: string): Reply {
  const lang = result.lang;
  const label = (k: ListingKind) => t(lang, KIND_LABEL[k][0], KIND_LABEL[k][1]);
  const title =
    result.status === 'rejected' || result.status === 'no_listing'
      ? t(lang, '无法检查这条商品信息', 'Could not check this listing')
      : result.verdict === 'risk'
        ? t(lang, `有虚假产品信息风险：${result.findings.length} 处`, `False product information risk: ${result.findings.length} finding${result.findings.length > 1 ? 's' : ''}`)
        : t(lang, '未发现虚假价格、起订量、SKU 或运费问题', 'No false price, MOQ, SKU or shipping problem found');
  const tone: Card['tone'] = result.status !== 'checked' ? 'info' : result.verdict === 'risk' ? 'danger' : 'ok';
  const shown = result.findings.slice(0, MAX_FINDINGS);
  const fields = shown.flatMap((f, i) => [
    { label: t(lang, `问题 ${i + 1}：${label(f.kind)}`, `Issue ${i + 1}: ${label(f.kind)}`), value: f.detail },
    { label: t(lang, '政策原文', 'Policy (briefing, quoted)'), value: `「${f.clause}」${lang === 'en' ? `\n(${f.clauseEn})` : ''}` },
    { label: t(lang, '怎么改', 'Fix'), value: f.fix },
  ]);
  const consequence =
    result.verdict === 'risk'
      ? t(lang, '后果：发布违规产品会被产品0分下架；待整改产品须在14天整改期内整改。', 'Consequence: a violating product is delisted with 0 points; a product pending rectification must be fixed within 14 days.')
      : '';
  const body = [consequence, ...result.notes].filter(Boolean).join('\n');
  const card: Card = {
    title,
    tone,
    ...(fields.length ? { fields } : {}),
    ...(body ? { body } : {}),
    footer: t(lang, '依据：2022年4月商家发布会《虚假价格及买家拉线下管控治理》虚假产品信息部分', 'Source: April 2022 merchant briefing, false product information section'),
  };
  const lines = [title];
  for (const f of shown) {
    lines.push(`- ${label(f.kind)}: ${f.detail}`);
    lines.push(`  ${t(lang, '条款', 'Clause')}: 「${f.clause}」${lang === 'en' ? ` (${f.clauseEn})` : ''}`);
    lines.push(`  ${t(lang, '修改', 'Fix')}: ${f.fix}`);
  }
  if (result.findings.length > MAX_FINDINGS) lines.push(t(lang, `……另有 ${result.findings.length - MAX_FINDINGS} 处`, `...and ${result.findings.length - MAX_FINDINGS} more`));
  if (body) lines.push('', body);
  return { lang, kind: 'listing', text: lines.join('\n'), card };
}

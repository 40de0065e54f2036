import { origSpan } from '../normalize.js';
import type { DraftContext, RawFinding, Recognizer } from '../types.js';
import type { LinkRule } from '../rules.js';

// A middle dot stands in for the dot to get past link filters ("hd-lighting·com"); it separates labels like one.
const URL = /(?<![a-z0-9@._-])((?:https?:\/\/)?(?:www[.·•‧・])?)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?[.·•‧・]){1,6}([a-z]{2,10}))(?![a-z0-9@-])(\/[^\s<>"'，。]*)?/g;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkRecognizer(rule: LinkRule): Recognizer {
  const tlds = new Set(rule.tlds);
  const inList = (domain: string, list: string[]) => list.some((d) => domain === d || domain.endsWith('.' + d));
  // Messenger links written with spaces or "dot" ("wa . me / 86...", "t dot me/name").
  const spaced = new RegExp(
    `(?<![a-z0-9])(?:${rule.messengerDomains.filter((d) => !d.endsWith('.')).map((d) => d.split('.').map(esc).join('\\s?(?:\\.|dot|点|\\(dot\\))\\s?')).join('|')})\\s?\\/\\s?[a-z0-9_+]`,
    'g',
  );
  const sc = rule.scores;
  const fill = (domain: string) => ({ zh: rule.reason.zh.replace('{domain}', domain), en: rule.reason.en.replace('{domain}', domain) });

  return (ctx: DraftContext) => {
    const t = ctx.t.s;
    const out: RawFinding[] = [];
    URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    const hasDomain = /[a-z0-9][.·•‧・][a-z]{2}/.test(t);
    while (hasDomain && (m = URL.exec(t))) {
      const [whole, prefix, domainRaw, tld] = m as unknown as [string, string, string, string];
      const domain = domainRaw.replace(/[·•‧・]/g, '.').replace(/^www\./, '');
      if (!prefix && !tlds.has(tld)) continue;
      if (inList(domain, rule.allowDomains)) continue;
      if (inList(domain, rule.tracking)) {
        const [start, end] = origSpan(ctx.t, m.index, m.index + whole.length);
        ctx.labelledSpans.push({ start, end });
        continue;
      }
      let score: number;
      let category = rule.category;
      let kind: string;
      if (inList(domain, rule.messengerDomains)) [score, kind] = [sc.messenger, 'messenger'];
      else if (inList(domain, rule.shorteners)) [score, kind] = [sc.shortener, 'shortener'];
      else if (inList(domain, rule.fileShare)) [score, kind, category] = [sc.fileShare, 'file-share', 'file_offsite'];
      else [score, kind] = [sc.personal, 'personal-site'];
      const [start, end] = origSpan(ctx.t, m.index, m.index + whole.length);
      out.push({ category, start, end, rule: `${rule.id}.${kind}`, score, reason: fill(domain), clauseId: rule.clause });
    }
    spaced.lastIndex = 0;
    const hasSlash = t.includes('/');
    while (hasSlash && (m = spaced.exec(t))) {
      const [start, end] = origSpan(ctx.t, m.index, m.index + m[0].length);
      out.push({ category: rule.category, start, end, rule: `${rule.id}.messenger`, score: sc.messenger, reason: fill(m[0].replace(/\s/g, '')), clauseId: rule.clause });
    }
    return out;
  };
}

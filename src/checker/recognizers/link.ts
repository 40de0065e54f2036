import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { expand, type LinkRule } from '../rules.js';

// A middle dot stands in for the dot to get past link filters ("hd-lighting·com"); it separates labels like one. So
// does a defanged dot in brackets ("hxtools[.]net", "hengda(.)com", "abc[dot]cn").
const DOT = String.raw`(?:[.·•‧・]|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))`;
const URL = new RegExp(String.raw`(?<![a-z0-9@._-])((?:https?:\/\/)?(?:www${DOT})?)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?${DOT}){1,6}([a-z]{2,10}))(?![a-z0-9@-])(\/[^\s<>"'，。]*)?`, 'g');
const HAS_DOMAIN = new RegExp(String.raw`[a-z0-9]${DOT}[a-z]{2}`);
const DOT_SUBSTITUTES = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|[·•‧・]/g;
// Dots spaced apart after "www" ("www . ningboparts . com"); without the "www" a spaced dot ends a sentence.
const SPACED_WWW = /(?<![a-z0-9])www\s\.\s((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\s\.\s){1,4}([a-z]{2,10}))(?![a-z0-9@-])/g;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkRecognizer(rule: LinkRule, lexicon: Record<string, string>): Recognizer {
  const tlds = new Set(rule.tlds);
  const inList = (domain: string, list: string[]) => list.some((d) => domain === d || domain.endsWith('.' + d));
  // Messenger links written with spaces or "dot" ("wa . me / 86...", "t dot me/name").
  const spaced = new RegExp(
    `(?<![a-z0-9])(?:${rule.messengerDomains.filter((d) => !d.endsWith('.')).map((d) => d.split('.').map(esc).join('\\s?(?:\\.|dot|点|\\(dot\\))\\s?')).join('|')})\\s?\\/\\s?[a-z0-9_+]`,
    'g',
  );
  // ".gov", ".edu", ".int" hosts, also under a country code ("customs.gov.cn"), as the last labels only.
  const suffixes = rule.publicSites.filter((d) => d.startsWith('.')).map(esc);
  const publicSuffix = suffixes.length ? new RegExp(`(?:${suffixes.join('|')})(?:\\.[a-z]{2})?$`) : /$^/;
  const listed = (domain: string) => inList(domain, rule.messengerDomains) || inList(domain, rule.shorteners) || inList(domain, rule.fileShare);
  const sc = rule.scores;
  const warning = anyOf(rule.warning, lexicon, expand, 'u');
  const buyersPrint = anyOf(rule.buyersPrint, lexicon, expand, 'u');
  const ownBefore = anyOf(rule.ownBefore, lexicon, expand, 'u');
  const siteBefore = rule.buyersSiteBefore.length ? new RegExp(`(?:${anyOf(rule.buyersSiteBefore, lexicon, expand, 'u')!.source})[\\s:：(（"“'‘]*$`, 'u') : null;
  const sentBefore = rule.buyersSentBefore.length ? new RegExp(`(?:${anyOf(rule.buyersSentBefore, lexicon, expand, 'u')!.source})[\\s:：(（"“'‘]*$`, 'u') : null;
  const siteAfter = rule.buyersSiteAfter.length ? new RegExp(`^[\\s)）"”'’]*(?:${anyOf(rule.buyersSiteAfter, lexicon, expand, 'u')!.source})`, 'u') : null;
  const linkBefore = rule.buyersLinkBefore.length ? new RegExp(`(?:${anyOf(rule.buyersLinkBefore, lexicon, expand, 'u')!.source})[\\s:：(（"“'‘]*$`, 'u') : null;
  const declined = anyOf(rule.declined, lexicon, expand, 'u');
  /**
   * The buyer's own site (sites only), a link the buyer sent, or the buyer's link declined in its line, read back:
   * labelled for the classifier, no finding.
   */
  const buyersLink = (t: string, from: number, to: number, site: boolean): boolean => {
    const ls = Math.max(t.lastIndexOf('\n', from) + 1, from - 48);
    const before = t.slice(ls, from);
    if (ownBefore?.test(before)) return false;
    if ((site && !!siteBefore?.test(before)) || !!sentBefore?.test(before) || !!siteAfter?.test(t.slice(to, to + 40))) return true;
    if (!linkBefore?.test(before) || !declined) return false;
    const nl = t.indexOf('\n', to);
    return declined.test(t.slice(t.lastIndexOf('\n', from) + 1, nl < 0 ? t.length : nl));
  };
  const fill = (domain: string) => ({ zh: rule.reason.zh.replace('{domain}', domain), en: rule.reason.en.replace('{domain}', domain) });

  return (ctx: DraftContext) => {
    const t = ctx.t.s;
    const out: RawFinding[] = [];
    URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    const hasDomain = HAS_DOMAIN.test(t);
    const found: Array<{ index: number; whole: string; prefix: string; domainRaw: string; tld: string }> = [];
    while (hasDomain && (m = URL.exec(t))) found.push({ index: m.index, whole: m[0], prefix: m[1]!, domainRaw: m[2]!, tld: m[3]! });
    if (t.includes('www ')) for (const x of t.matchAll(SPACED_WWW)) found.push({ index: x.index, whole: x[0], prefix: 'www.', domainRaw: x[1]!, tld: x[2]! });
    for (const { index, whole, prefix, domainRaw, tld } of found) {
      const domain = domainRaw.replace(/\s/g, '').replace(DOT_SUBSTITUTES, '.').replace(/^www\./, '');
      // A domain on one of the rule's lists counts whatever its ending ("we.tl/t-…", WeTransfer's short links): the list of
      // endings only keeps ordinary words joined by a dot ("e.g", "ship.It") out.
      if (!prefix && !tlds.has(tld) && !listed(domain)) continue;
      if (inList(domain, rule.allowDomains)) continue;
      if (inList(domain, rule.tracking) || inList(domain, rule.publicSites) || publicSuffix.test(domain)) {
        const [start, end] = origSpan(ctx.t, index, index + whole.length);
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
      // (the warning may come before the site or in the sentence after it: "那个链接有问题：域名是 x.top …很可能是钓鱼网站")
      if (kind === 'personal-site' && warning && warning.test(t.slice(Math.max(0, index - 120), Math.min(t.length, index + whole.length + 160)))) continue;
      if (kind === 'personal-site' && buyersPrint) {
        // Its line, at most 160 characters either side (a site's own dots make sentence ends unreliable here).
        const ls = Math.max(t.lastIndexOf('\n', index) + 1, index - 160);
        const nl = t.indexOf('\n', index + whole.length);
        const le = Math.min(nl < 0 ? t.length : nl, index + whole.length + 160);
        if (buyersPrint.test(t.slice(ls, le)) && !ownBefore?.test(t.slice(ls, index))) {
          // The buyer's own site for the print: the classifier reads it without its shape, as a tracking site, or its
          // n-grams take "www … .com" for the rep's own.
          const [start, end] = origSpan(ctx.t, index, index + whole.length);
          ctx.labelledSpans.push({ start, end });
          continue;
        }
      }
      const [start, end] = origSpan(ctx.t, index, index + whole.length);
      if (buyersLink(t, index, index + whole.length, kind === 'personal-site' || kind === 'file-share')) {
        ctx.labelledSpans.push({ start, end });
        continue;
      }
      out.push({ category, start, end, rule: `${rule.id}.${kind}`, score, reason: fill(domain), clauseId: rule.clause });
    }
    spaced.lastIndex = 0;
    const hasSlash = t.includes('/');
    while (hasSlash && (m = spaced.exec(t))) {
      const [start, end] = origSpan(ctx.t, m.index, m.index + m[0].length);
      // (the whole link, to its path's end, for the words after it)
      const pathEnd = m.index + m[0].length + (/^[^\s<>"'，。]*/.exec(t.slice(m.index + m[0].length))?.[0].length ?? 0);
      if (buyersLink(t, m.index, pathEnd, false)) {
        ctx.labelledSpans.push({ start, end });
        continue;
      }
      out.push({ category: rule.category, start, end, rule: `${rule.id}.messenger`, score: sc.messenger, reason: fill(m[0].replace(/\s/g, '')), clauseId: rule.clause });
    }
    return out;
  };
}

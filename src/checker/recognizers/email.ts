import { getCountries } from 'libphonenumber-js';
import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { expand, type EmailRule } from '../rules.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A spelled "@" or ".": the word in brackets of any kind, or alone between spaces. */
const spelled = (words: string[]) => words.map(escape).map((w) => `\\(${w}\\)|\\[${w}\\]|\\{${w}\\}|<${w}>|【${w}】|\\s${w}\\s`).join('|');
/** The symbol itself put in brackets so no filter reads it ("kate [@] brand [.] com", "(@)", "{.}", "【@】"). */
const bracketed = (symbol: string) => `[(\\[{<【]\\s?${escape(symbol)}\\s?[)\\]}>】]`;

/**
 * Local part, an "at" token (@, a spelled "at" word, 艾特, #), then a domain with "." or spelled-"dot"/"点"
 * separators. The spelled words come from the rule (rules/detection/email.yaml).
 */
function emailPatterns(rule: EmailRule) {
  const at = `${bracketed('@')}|${spelled(rule.atWords)}`;
  const dot = `${bracketed('.')}|${spelled(rule.dotWords)}`;
  return {
    email: new RegExp(`(?<![a-z0-9._%+*-])([a-z0-9*][a-z0-9._%+*-]{0,63})\\s{0,2}(@|${at}|艾特|#)\\s{0,2}([a-z0-9-]{1,63}(?:\\s{0,2}(?:\\.|${dot}|点)\\s{0,2}[a-z0-9-]{1,63}){1,4})`, 'g'),
    lastLabel: new RegExp(`\\s{0,2}(?:${dot}|点|\\.)\\s{0,2}[a-z0-9-]{1,63}$`),
    dots: new RegExp(`\\s{0,2}(?:${dot}|点)\\s{0,2}|\\s{0,2}\\.\\s{0,2}`, 'g'),
    dotWord: new RegExp(`\\.|${rule.dotWords.map(escape).join('|')}|点`),
    // One regex per spelled "at" word, run only when the word occurs: an alternation inside the class-led regex
    // would cost a slow scan of every draft.
    spelledAt: rule.atWords.map((w) => ({ word: w, re: new RegExp(`[\\s(\\[{<]${escape(w)}[\\s)\\]}>]`) })),
  };
}

const MARKS = /@|艾特|#/;
// The rep's own address, named just before it: a consignee block does not make it the buyer's.
const OWN_NEAR = /\b(?:my|our|me|us|mine)\b|我的|我们的|找我|联系我|发给我|发我/u;
// ... but not the "us" an impostor pretends to be ("收到冒充我们的邮件 x@y", "a mail impersonating us from x@y"): that
// address is the impostor's, which the warning names to stay away from.
const POSED_AS_US = /(?:冒充|假冒|仿冒|伪装成?|假装(?:是|成)?)(?:我们|我|本公司|我司)(?:公司)?(?:的)?|\b(?:impersonat\w*|pretend\w*\sto\sbe|posing\sas|claim\w*\sto\sbe|faking)\s(?:us|me)\b/gu;
// Where to write, right before the address ("for questions write to …", "有问题发到 …"): the rep's, in any block.
const SEND_TO = /(?:\bto|\bwrite|\bcontact|\breach|发到|发给|寄到|发至|联系)\s*[:：]?\s*$/u;

export function emailRecognizer(rule: EmailRule, lexicon: Record<string, string>): Recognizer {
  const tlds = new Set(rule.countryTlds ? [...rule.tlds, ...getCountries().map((c) => c.toLowerCase())] : rule.tlds);
  const free = new Set(rule.freeMail);
  const buyer = anyOf(rule.buyerOwned, lexicon, expand)!;
  const consignee = rule.consignee.length ? anyOf(rule.consignee, lexicon, expand) : null;
  const warning = rule.warning.length ? anyOf(rule.warning, lexicon, expand) : null;
  const allowed = (domain: string) => rule.allowDomains.some((a) => domain === a || domain.endsWith('.' + a));
  const sc = rule.scores;
  const { email: EMAIL, lastLabel: LAST_LABEL, dots: DOT, dotWord, spelledAt } = emailPatterns(rule);
  const gate = (t: string) => MARKS.test(t) || spelledAt.some((a) => t.includes(a.word) && a.re.test(t));

  return (ctx: DraftContext) => {
    const t = ctx.t.s;
    if (!gate(t)) return [];
    const out: RawFinding[] = [];
    EMAIL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMAIL.exec(t))) {
      const [whole0, local, at, rawDomain0] = m as unknown as [string, string, string, string];
      const plainAt = at === '@';
      // A rejected candidate ("cc me at lucy.chen@gmail.com" read as "me at lucy.chen") must not swallow the real
      // address after it: the scan resumes one character on (written out at each reject: a closure made per
      // candidate also pays for tsx's naming helper).
      const resume = m.index + 1;
      // "USD 0.021/pc @ 50k. Food grade": an "@" or a dot with spaces around it is a price or a sentence unless
      // the address ends in a real TLD. The domain gives back trailing labels until it does
      // ("projects@dx-steel.com. Please send" ends at ".com").
      let rawDomain = rawDomain0;
      let domain = '';
      let tld = '';
      for (;;) {
        domain = rawDomain.replace(DOT, '.').replace(/\s+/g, '');
        tld = domain.slice(domain.lastIndexOf('.') + 1);
        const spaced = /\s/.test(whole0.slice(0, whole0.length - rawDomain0.length + rawDomain.length));
        if (/^[a-z]{2,12}$/.test(tld) && (plainAt && !spaced ? true : tlds.has(tld))) break;
        const cut = LAST_LABEL.exec(rawDomain);
        if (!cut || cut.index === 0 || !dotWord.test(rawDomain.slice(0, cut.index))) break;
        rawDomain = rawDomain.slice(0, cut.index);
      }
      const whole = whole0.slice(0, whole0.length - rawDomain0.length + rawDomain.length);
      const spaced = /\s/.test(whole);
      if (!/^[a-z]{2,12}$/.test(tld)) { EMAIL.lastIndex = resume; continue; }
      if ((!plainAt || spaced) && !tlds.has(tld)) { EMAIL.lastIndex = resume; continue; }
      if (!plainAt && (local.length < 3 || /^\d{1,2}$/.test(local))) { EMAIL.lastIndex = resume; continue; }
      if (at === '#' && !free.has(domain) && !/\.(com|net|cn)$/.test(domain)) { EMAIL.lastIndex = resume; continue; }
      if (allowed(domain)) continue;
      let score = free.has(domain) ? sc.personal : plainAt ? sc.company : sc.obfuscated;
      // The window starts at a word's start, as the phone recognizer's does: a cut "our" ("…to our engineering team
      // directly: x@y") must not read as the buyer's "ur".
      let preFrom = Math.max(0, m.index - 30);
      while (preFrom > 0 && /[a-z0-9]/.test(t[preFrom - 1]!) && /[a-z0-9]/.test(t[preFrom]!)) preFrom--;
      const pre = t.slice(preFrom, m.index);
      // "your email: x@y" is the buyer's; "send your drawing to x@y" names where to send, i.e. the seller's.
      if (buyer.test(pre) && !/\b(?:my|our)\b|我|\bto\s*$|\bto\s(?:us|me)\b|发到|发给|寄到|发至/u.test(pre)) score = Math.min(score, sc.buyerOwned);
      else if (consignee && !OWN_NEAR.test(pre) && !SEND_TO.test(pre) && consignee.test(t.slice(Math.max(0, t.lastIndexOf('\n\n', m.index), m.index - 240), m.index))) score = Math.min(score, sc.buyerOwned);
      const [start, end] = origSpan(ctx.t, m.index, m.index + whole.length);
      // A scammer's address the draft warns about (in its sentence or the next: "… is not from us, please don't click,
      // it's phishing"): named to stay away from, so labelled for the classifier, no finding. Not when the rep calls it
      // their own ("beware of fakes, our only email is …").
      if (warning && !OWN_NEAR.test(pre.replace(POSED_AS_US, ' ')) && warning.test(t.slice(Math.max(0, m.index - 120), Math.min(t.length, m.index + whole.length + 160)))) {
        ctx.labelledSpans.push({ start, end });
        continue;
      }
      out.push({
        category: rule.category, start, end, rule: `${rule.id}.${plainAt ? 'address' : 'obfuscated'}`, score,
        reason: { zh: rule.reason.zh.replace('{domain}', domain), en: rule.reason.en.replace('{domain}', domain) },
        clauseId: rule.clause,
      });
    }
    return out;
  };
}

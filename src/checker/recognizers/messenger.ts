import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { expand, type MessengerRule } from '../rules.js';
import { LiteralScanner } from '../literals.js';
import { StartedMatches } from '../starts.js';

// An explicit add or contact before an app's name, and "me"/"us"/我 right after it: the name is an invitation, whatever
// else (a look-alike product, the business's topic) the words around it suggest.
const CONTACT_VERB = /加|联系|\b(?:add|contact|message|text|call|reach|find)\b/u;
const ME_AFTER = /^\s?(?:me|us|我)\b/u;

const DISPLAY: Array<[RegExp, string]> = [
  [/wh|^w[a@]|^ws|^wt|^wsp/, 'WhatsApp'],
  [/w[e3]ch|wei|微|信|薇|威|维|徽|卫星|^vx|^wx|^v$/, 'WeChat'],
  [/sk/, 'Skype'],
  [/tele|电报|飞机|^tg/, 'Telegram'],
  [/viber/, 'Viber'],
  [/kakao|카/, 'KakaoTalk'],
  [/zalo/, 'Zalo'],
  [/botim/, 'Botim'],
  [/qq|扣扣|企鹅/, 'QQ'],
  [/line/, 'Line'],
  [/signal/, 'Signal'],
  [/imo/, 'IMO'],
  [/insta|^ins$|^ig$/, 'Instagram'],
  [/messenger/, 'Messenger'],
  [/钉钉|ding/, 'DingTalk'],
  [/face/, 'FaceTime'],
];

export function messengerName(alias: string): string {
  for (const [re, name] of DISPLAY) if (re.test(alias)) return name;
  return alias;
}

// "We received your WhatsApp number" acknowledges what the buyer volunteered (FAQ 一); it is not asking.
const ACKNOWLEDGED = /\b(?:received|got|noted|saw|seen|thanks? for|thank you for)\b|收到|看到|谢谢/u;
const REQUEST = /\b(?:send|give|share|leave|tell|provide|drop|what|whats|may i|can i|could i|need|want|please|pls|plz|kindly|do you|do u|are you|have you|can you|does your)\b|多少|吗|呢|么|留|发|给|告诉|有没有|方便/u;

/** A question or a request: a request word in the sentence, or the sentence ends with a question mark. */
function isRequest(ctx: DraftContext, sentence: string, sentenceEnd: number): boolean {
  if (REQUEST.test(sentence)) return true;
  const [, oe] = origSpan(ctx.c, Math.max(0, sentenceEnd - 1), sentenceEnd);
  return /^[^\p{L}\p{N}]*[?？]/u.test(ctx.text.slice(oe, oe + 4));
}

const fill = (r: { zh: string; en: string }, name: string) => ({ zh: r.zh.replace('{name}', name), en: r.en.replace('{name}', name) });

// After a name, the rep to be contacted or found there: "用 LINE 联系我", "Signal 找我", "QQ 私聊我".
const CONTACT_ME_AFTER = /^\s?(?:联系|找|加|私聊|私信)我/u;
// A name that is the whole of its question, with at most a greeting before it and "too / also / ID" after it.
const LONE_BEFORE = /^\s*(?:(?:hi|hello|hey|dear|sir|madam|bro|friend|ok|okay|and|or|also|btw|亲|您好|你好)\s?[,，]?\s?)*$/u;
const LONE_AFTER = /^\s*(?:too|also|as\swell|id|number|no|please|pls|plz|号|号码|也有|有吗|呢|吗)?\s*$/u;
// Weak names that are no ordinary word, so alone in a question they can only be the app: "WA?", "vx?".
const LONE_WEAK = /^(?:vx|wx|wa|ws|wapp|wtsp|wsp|tg|ig|ins|insta|instagram|imo)$/;

// Right before a name: the rep's own ("my line", "我的 Line").
const OWN_BEFORE = /(?:\b(?:my|our)|我的|我们的)\s?$/u;

const YEARS_AFTER = /^\s*[(（]?\s*(?:19|20)\d\d\s*[-–—~～至到]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)/u;
// The name as the last item of a list after "or"/"nor"/"或": "we will never ask you to pay to a personal account or through
// WhatsApp", "我们不会让您私下转账或者用微信付款". A negation anywhere in the list's clause rules it out.
// (The items may each carry the rep's possessive: "I don't give my number, my email, or my WeChat".)
const LIST_TAIL = /(?:\bor|\bnor|或者?|或是)\s?(?:(?:through|via|on|by|over|in|with|use|using|to)\s)?(?:(?:my|our)\s)?(?:通过|用|在|走)?\s?$/u;

/**
 * The clause a list ending in the name belongs to: back over the list's items ("bank card, PayPal or through WhatsApp")
 * to the clause that holds its verb. A part of its own with an invitation ("…, so add me on WhatsApp or Skype") is
 * the whole clause: a refusal before its comma is not its.
 */
function listClause(before: string, invite: RegExp): string {
  const parts = before.replace(/^.*[；;。!?！？]/su, '').split(/[，,、]/u);
  let clause = parts.pop() ?? '';
  if (invite.test(clause.replace(LIST_TAIL, ''))) return clause;
  while (parts.length > 0) {
    const item = parts.pop()!;
    clause = `${item},${clause}`;
    // A short item ("PayPal", "银行卡") is one of the list's; a longer part is the clause with the verb.
    if (!/^\s?(?:[\p{L}\p{N}'’-]+\s?){1,3}$/u.test(item) || /[\u3400-\u9fff]{6,}/u.test(item)) break;
  }
  return clause;
}

// The rep's own name for the app echoed back as the whole question ("Our WhatsApp?", "我们的微信？"), answered in the
// next sentence: what the buyer asked for, repeated, not an invitation (the refusal around it decides).
const OWN_ECHO = /^\s*(?:(?:hi|hello|hey|dear|sir|madam|ok|okay|oh|ah|and|also|btw|亲|您好|你好)\s?[,，]?\s?)*(?:\b(?:my|our)|我的|我们的)\s?$/u;

const GIVE_OWN_BEFORE = /\b(?:share|give|send|provide|exchange|disclose|offer|tell|post|leave)\s(?:you\s|u\s|the\sbuyer\s|buyers\s)?(?:my|our)\s(?:personal\s|private\s|own\s)?$/u;

// The last clause of the text before a name, where its negation stands ("…，不用微信" but not "不用客气，加我微信"), within
// NEGATION_REACH characters of the name (or of a list of names).
const NEGATION_REACH = 24;
const clauseOf = (before: string) => before.replace(/^.*[，,；;。!?！？]/su, '');

// Reassurances that read as negations without ruling anything out: "no problem I'll send you my WhatsApp".
const REASSURING = /\b(?:no\s(?:problem|worries|doubt)|not\sa\sproblem|dont\sworry|do\snot\sworry|why\snot)\b/gu;

// "Don't hesitate to add my WhatsApp" is an invitation, not a refusal; "if not, WeChat is fine" (没有的话, 不然的话)
// offers the next app as the alternative.
const NOT_NEGATION = /dont hesitate|do not hesitate|feel free|不要犹豫|(?:没有|没|不方便|不用)的话|不然的话|\bif\s(?:not|you\sdont|u\sdont)\b/g;

/**
 * Messenger names: a handle right after the name, an invitation ("add my", "加我"), or a question about the
 * buyer's account is a leak; a product feature ("supports WhatsApp notifications") or a refusal is not.
 */
/** The app names the rule reads, strong and weak, as global regexes on the compact view. */
export function messengerNames(lexicon: Record<string, string>): { strong: RegExp; weak: RegExp } {
  return {
    // No trailing boundary: a handle glued to the name ("whatsappjack_838") is still a handle.
    strong: new RegExp(`(?<![a-z0-9])(?:${lexicon.MSG_STRONG})`, 'g'),
    weak: new RegExp(`(?<![a-z0-9])(?:${lexicon.MSG_WEAK})(?![a-z])`, 'g'),
  };
}

export function messengerRecognizer(rule: MessengerRule, lexicon: Record<string, string>, scanner = new LiteralScanner()): Recognizer {
  const { strong, weak } = messengerNames(lexicon);
  // Each tried only where one of the names can start (starts.ts), from the compact view's literal scan (shared with the
  // pattern rules): the two alternations of every app name were tried at every position of every draft.
  const strongAt = new StartedMatches(strong, scanner);
  const weakAt = new StartedMatches(weak, scanner);
  const handle = new RegExp(`^(?:${expand(rule.handleLabel, lexicon)})(${expand(rule.handle, lexicon)})`);
  const inviteStrong = anyOf(rule.inviteStrong, lexicon, expand)!;
  const inviteWeak = anyOf(rule.inviteWeak, lexicon, expand)!;
  const ask = anyOf(rule.ask, lexicon, expand)!;
  const negation = anyOf(rule.negation, lexicon, expand)!;
  const feature = anyOf(rule.feature, lexicon, expand)!;
  const own = /\b(?:my|our)\b|我的|我们的/u;
  // Names listed before this one ("不用QQ、微信、Skype", "not on WhatsApp/WeChat/Telegram", "no WhatsApp, Line or Viber"):
  // the list's negation, before its first item, rules out every item (the compact view writes 、 as a comma, / as a space).
  const listedBefore = new RegExp(`(?:(?:${lexicon.MSG_STRONG}|${lexicon.MSG_WEAK})\\s?(?:[,，;/&]|\\band\\b|\\bor\\b|\\bnor\\b|和|或|及|与)?\\s?)+$`, 'u');
  const refusal = rule.refusal.length ? anyOf(rule.refusal, lexicon, expand) : null;
  const warning = rule.warning.length ? anyOf(rule.warning, lexicon, expand) : null;
  const weakAsWord = rule.weakAsWord.length ? new RegExp(`(?:${anyOf(rule.weakAsWord, lexicon, expand)!.source})$`, 'u') : null;
  const disowned = rule.disowned.length ? new RegExp(`^(?:${anyOf(rule.disowned, lexicon, expand)!.source})`, 'u') : null;
  const negationAfter = rule.negationAfter.length ? new RegExp(`^(?:${anyOf(rule.negationAfter, lexicon, expand)!.source})`, 'u') : null;
  const inviteAfter = rule.inviteAfter.length ? new RegExp(`^(?:${anyOf(rule.inviteAfter, lexicon, expand)!.source})`, 'u') : null;
  // The rep inviting to their own account: "add me", "加我", "my WhatsApp". A refusal elsewhere does not undo it.
  // "The buyer asked for our Skype" / "客户说要我们的 Skype" names what someone else wants, not an invitation.
  // (In the buyers' languages too: "agrégame", "me adiciona", "ajoutez-moi", "добавьте меня", "beni ekle", "tambahkan saya".)
  const ownInvite = /\b(?:add|contact|message|text|call|find|reach)\s(?:me|us)\b|\b(?:agr[eé]game|agr[eé]guenos|a[nñ][aá]deme|escr[ií]beme|ll[aá]mame|cont[aá]ctame|me\s(?:chama|adiciona|liga)|ajoutez-?\s?moi|ajoute-?\s?moi|[eé]crivez-?\s?moi|appelez-?\s?moi|beni\s(?:ekle|ara)|tambahkan\ssaya|hubungi\ssaya)\b|(?:добав|напиш|позвон)\w*\s(?:меня|мне|нам|нас)|加我|联系我|找我|(?<!\b(?:ask\sfor|asked\sfor|asking\sfor|asks\sfor|wants?|wanted|request|requests|requested|requesting)\s)\b(?:my|our)\s$|(?<!要|想要|索要|问)(?:我的|我们的)\s?$/u;
  const reported = rule.reportedSpeech.length ? anyOf(rule.reportedSpeech, lexicon, expand) : null;
  // A product that looks like the app ("WhatsApp-like bubbles", "像微信图标"): never the rep's channel, even after "our"
  // and a chat word ("our chat app UI kit with WhatsApp-like bubbles"), which would otherwise read as an invitation.
  const lookalike = lexicon.LOOKALIKE ? new RegExp(lexicon.LOOKALIKE, 'u') : null;
  const topicAfter = rule.topicAfter.length ? new RegExp(`^\\s?(?:${anyOf(rule.topicAfter, lexicon, expand)!.source})`, 'u') : null;
  const buyersPrint = anyOf(rule.buyersPrint, lexicon, expand, 'u');
  const buyerAfter = rule.buyerAfter.length ? new RegExp(`^(?:${anyOf(rule.buyerAfter, lexicon, expand)!.source})`, 'u') : null;
  const buyerBefore = rule.buyerBefore.length ? new RegExp(`(?:${anyOf(rule.buyerBefore, lexicon, expand)!.source})`, 'u') : null;
  const sc = rule.scores;

  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const s = ctx.c.s;
    const seen = new Set<number>();
    const hits = ctx.literalHits('c', scanner);
    for (const [re, isStrong, found] of [[strong, true, strongAt], [weak, false, weakAt]] as const) {
      if (!found.begin(re, s, hits)) continue;
      for (let m = found.next(); m; m = found.next()) {
        const a = m.index;
        let b = a + m[0].length;
        if (seen.has(a)) continue;
        seen.add(a);
        const [ss, se] = ctx.sentence(a, b);
        const pre = s.slice(Math.max(ss, a - rule.window), a);
        const post = s.slice(b, Math.min(se, b + rule.postWindow));
        const name = messengerName(m[0]);
        let score = 0;
        let ruleId = `${rule.id}.mention`;
        let category = rule.category;
        let reason = fill(rule.reason, name);

        // A weak name ("line", "wa") only takes a handle with an explicit label, e.g. "Line ID: abc_123".
        const [, oe] = origSpan(ctx.c, a, b);
        let h = handle.exec(s.slice(b, Math.min(s.length, b + 64)));
        let hEnd = -1; // original offset where a handle found in the text view ends
        if (!h) {
          // The compact view glues "jack_trade" into "jacktrade"; look again in the text view.
          const ti = ctx.tIndexAt(oe);
          const ht = handle.exec(ctx.t.s.slice(ti, ti + 64));
          if (ht) {
            h = ht;
            hEnd = ctx.t.en[ti + ht[0].length - 1]!;
          }
        }
        // A year or a range of years after the name is a model's production years, not an account: "fits Chery QQ
        // (2013–2018)", "Line 2019-2023 models".
        if (h && YEARS_AFTER.test(ctx.text.slice(oe, oe + 16))) h = null;
        // A search verb labels it too: "Line, look for @shop_th", "Line 搜 abc_123" tells the buyer where to find the account.
        const labelled = /^\s*(?:[:：=]|id\b|number|no\.|号|账号|(?:\s(?:too|also))?\s*[,，\-–—]?\s*(?:look\sfor|search\b|search\sfor|find\s(?:me|us)\b|搜索?))/i.test(ctx.text.slice(oe, oe + 16));
        // The rep's own account named, then "is": "我的 Line 是 chen.fabric", "my line is shop.th_2".
        // A weak name used as the ordinary word ("I'll show you the line"): no app at all.
        if (!isStrong && !labelled && weakAsWord?.test(pre)) continue;
        const ownIs = h !== null && OWN_BEFORE.test(pre) && /^\s*(?:是|为|叫|is\b)/i.test(ctx.text.slice(oe, oe + 8));
        if (h && (isStrong || labelled || ownIs || inviteStrong.test(pre))) {
          score = isStrong ? sc.handle : sc.weakHandle;
          ruleId = `${rule.id}.handle`;
          if (hEnd < 0) b = b + h[0].length;
          // The buyer's own account to be printed on their goods: read in the original sentence, lower-cased.
          if (buyersPrint && !own.test(pre) && !inviteStrong.test(pre) && !ownInvite.test(pre)) {
            const [os, oe2] = origSpan(ctx.c, ss, se);
            if (buyersPrint.test(ctx.text.slice(os, oe2).toLowerCase())) score = 0;
          }
          // The buyer's own account read back ("your Skype live:peter.k is noted"): no contact the rep gives.
          // (Not when the words between the name and the handle add or name the rep: "Your Skype: add me live:rep.kim".)
          const buyers = (buyerBefore?.test(pre) ?? false) || (buyerAfter?.test(ctx.text.slice(hEnd > 0 ? hEnd : origSpan(ctx.c, b, b)[0], (hEnd > 0 ? hEnd : origSpan(ctx.c, b, b)[0]) + 40).toLowerCase()) ?? false);
          if (buyers && !inviteStrong.test(pre) && !ownInvite.test(pre) && !/\b(?:add|contact|me|my|our|us)\b|加|我/u.test(h[0])) score = 0;
          // A warning that the account is an impostor's, not the seller's: "您说的微信号 x_888 不是我们的，是冒充的".
          // (The warning may come in the next sentence: "… you received is not ours. Someone is pretending to be us.")
          if (warning && disowned && !/\bmy\b|我的/u.test(pre) && disowned.test(s.slice(b, b + 40))) {
            const until = se < s.length ? ctx.sentence(se + 1, se + 1)[1] : se;
            if (warning.test(s.slice(Math.max(ss, a - (rule.refusalWindow >> 1)), Math.min(until, b + rule.refusalWindow)))) {
              score = 0;
              // The impostor's handle is read by the classifier without its shape, like a labelled number.
              const [hs, he] = origSpan(ctx.c, a, b);
              ctx.labelledSpans.push({ start: hs, end: hEnd > he ? hEnd : he });
            }
          }
        } else {
          const preNeg = pre.replace(NOT_NEGATION, '');
          // A negation counts in the name's own clause: "规定不能在站外沟通，不过可以加我微信" still invites.
          // After the name: "WA 发你", "LINE ID 我发你", "WeChat QR 在我头像里" (a QR code of the account is the account).
          const meAfter = ME_AFTER.test(post);
          const listNegated = !meAfter && LIST_TAIL.test(pre) && negation.test(listClause(s.slice(ss, a), inviteStrong).replace(NOT_NEGATION, ''));
          // The rep's own account as the object of a refused giving verb: "platform rules don't allow me to share my
          // WhatsApp", "I'm not able to give you our WeChat". The negation may stand further back in the clause.
          const refusedGiving = GIVE_OWN_BEFORE.test(pre) && negation.test(clauseOf(preNeg).replace(REASSURING, ''));
          let negated = negation.test(clauseOf(preNeg.slice(-NEGATION_REACH))) || !!negationAfter?.test(post) || listNegated || refusedGiving;
          // (Only where a negation stands somewhere before: most names are not in a refused list, and the list's regex, an
          // alternation of every app name tried at each position, is the dearer test.)
          if (!negated && !meAfter && negation.test(preNeg)) {
            const listed = listedBefore.exec(preNeg);
            if (listed && listed.index < preNeg.length - 1) negated = negation.test(clauseOf(preNeg.slice(0, listed.index).slice(-NEGATION_REACH)));
          }
          // (The compact view puts a space between a Latin name and the Chinese after it: "用 line 联系我".)
          const contactMeAfter = meAfter || CONTACT_ME_AFTER.test(post);
          const strongInvite = inviteStrong.test(pre) || contactMeAfter || !!inviteAfter?.test(post);
          const weakInvite = inviteWeak.test(pre) || /^\s?(?:me|us)\b/u.test(post);
          const isFeature = feature.test(pre) || feature.test(post);
          if (isFeature) ctx.appFeatures++;
          // A weak name in a feature or freight phrase ("用飞机发货", air freight) is not a question about an app.
          const isAsk = (ask.test(pre) && !own.test(pre) && !ACKNOWLEDGED.test(pre) && !(isFeature && !isStrong) && isRequest(ctx, s.slice(ss, se), se)) ||
            // The name alone as the whole question ("WhatsApp?", "WA?", "微信？", "Hi dear, WeChat too?"): the buyer's account asked for.
            ((isStrong || LONE_WEAK.test(m[0])) && LONE_BEFORE.test(s.slice(ss, a)) && LONE_AFTER.test(s.slice(b, se)) && isRequest(ctx, s.slice(ss, se), se));
          // (An explicit "add / contact / 加 / 联系" or "me" after the name still invites: "加我微信，发抱枕图片给您".)
          const contactBefore = CONTACT_VERB.test(pre);
          const looksLike = lookalike !== null && (lookalike.test(pre) || lookalike.test(post)) && !contactBefore && !contactMeAfter;
          // The app as the business's topic ("您的 Instagram 广告", "TikTok content for your shop"), with no add or contact.
          const topic = topicAfter !== null && topicAfter.test(post) && !own.test(pre) && !contactBefore && !/\bdm\b/u.test(pre) && !meAfter;
          if (negated && !looksLike && !topic) ctx.appRefused++;
          if (negated || looksLike || topic) score = 0;
          else if (isAsk) {
            score = isStrong ? sc.ask : sc.weakAsk;
            ruleId = `ask.messenger`;
            category = 'ask_contact';
            reason = fill(rule.askReason, name);
          } else if (strongInvite && !(isFeature && !own.test(pre) && !/加|add|contact|联系/u.test(pre))) {
            score = isStrong ? sc.invite : sc.weakInvite;
            ruleId = `${rule.id}.invite`;
          } else if (weakInvite && !isFeature) {
            score = isStrong ? sc.invite : sc.weakInvite * 0.6;
            ruleId = `${rule.id}.invite`;
          } else if (!isFeature) score = isStrong ? sc.mention : sc.weakMention;
          if (score > 0 && (warning || refusal)) {
            // Looked at only for a name that would count: most drafts never pay for these two regexes.
            // The refusal or the warning often comes in the next sentence: after a reported request ("You asked for my
            // WhatsApp. Sorry, I can't share it"), and after a plain mention ("…got WhatsApp messages from a profile using
            // our logo. That isn't me.", "…sent you his WhatsApp number yesterday. Please don't use it").
            const told = (reported?.test(pre) ?? false) ||
              (OWN_ECHO.test(s.slice(ss, a)) && LONE_AFTER.test(s.slice(b, se)) && isRequest(ctx, s.slice(ss, se), se));
            const until = se < s.length ? ctx.sentence(se + 1, se + 1)[1] : se;
            const around = s.slice(Math.max(ss, a - (rule.refusalWindow >> 1)), Math.min(until, b + rule.refusalWindow));
            if (warning?.test(around)) score = 0;
            else if (refusal && (told || !ownInvite.test(pre)) && !meAfter && refusal.test(around)) score = 0;
            if (score === 0) ctx.appRefused++;
          }
        }
        if (score <= 0) continue;
        const [start, spanEnd] = origSpan(ctx.c, a, b);
        const end = ruleId.endsWith('.handle') && hEnd > spanEnd ? hEnd : spanEnd;
        out.push({ category, start, end, rule: ruleId, score, reason, clauseId: rule.clause });
      }
    }
    return out;
  };
}

import type { Lang, Reply } from './types.js';
import { t } from './lang.js';
import type { SmallTalk } from '../routing/cues.js';

/** The bilingual fixed texts of the core; job modules carry their own. */
export function helpReply(lang: Lang): Reply {
  const text = t(
    lang,
    [
      '我是海狸 Haili，国际站合规助手。我可以：',
      '• 检查回复草稿：直接粘贴要发给买家的话，或发送「检查 <草稿>」，我会指出站外联系方式泄露并给出合规改写。',
      '• 解答政策问题：例如「待整改产品多久要改完？」「法人提现手续费多少？」，我会引用原文；不确定时我会直说。',
      '• 提醒截止日期：直接说「提醒我 P888 直播带岗 5月20日直播」，确认后创建；或「跟踪 整改 P123 2026-12-01」；「我的任务」列出待办；「完成 C1」「推迟 C1 2天」。',
      '• 检查商品信息：粘贴商品页或后台的价格、起订量、SKU、运费，或发送「检查商品 <内容>」。',
      '• 我会自己判断消息是草稿还是问题；判断错了，回复「问」或「检查」即可换一种处理。',
      '• 「出处 <章节>」查看引用的完整原文。',
    ].join('\n'),
    [
      "I'm Haili (海狸), your Alibaba.com compliance copilot. I can:",
      '• Check a reply draft: paste what you are about to send a buyer, or send "check <draft>". I show any off-platform contact leak and a compliant rewrite.',
      '• Answer policy questions, e.g. "How long do I have to fix a product pending rectification?" or "What is the fee to withdraw to the legal representative?", quoting the policy. When the policy does not say, I tell you.',
      '• Remind you of deadlines: say "remind me: live recruiting P888, live on May 20" and confirm, or "track rectification P123 2026-12-01"; "tasks" lists yours; "done C1", "snooze C1 2d".',
      '• Check a product listing: paste the price tiers, MOQ, SKUs and shipping from the product page or backend, or send "check listing <text>".',
      '• I tell drafts from questions myself; if I guess wrong, reply "ask" or "check" to switch.',
      '• "source <section>" shows the full cited passage.',
    ].join('\n'),
  );
  return { lang, text, kind: 'help', card: { title: t(lang, '海狸 Haili 使用说明', 'How to use Haili'), tone: 'info', body: text } };
}

/**
 * Small talk to Haili (rules/routing smallTalk): hello back in a few words with what Haili does, "you're welcome" with
 * what to send next, or the full usage when asked what Haili can do. Short, since a rep who says hi has asked nothing
 * yet; "help" gives the whole list.
 */
export function smallTalkReply(lang: Lang, kind: SmallTalk): Reply {
  if (kind === 'capabilities') return helpReply(lang);
  // "are you a bot?", "你叫什么名字" is answered by the introduction a greeting gets
  const text =
    kind === 'greeting' || kind === 'identity'
      ? t(
          lang,
          '你好！我是海狸 Haili，国际站合规助手。把要发给买家的回复草稿、政策问题、要提醒的截止日期或商品信息发给我就行：我检查草稿和商品、引用原文回答问题、到期前提醒你。发送「帮助」查看全部用法。',
          "Hi! I'm Haili (海狸), your Alibaba.com compliance copilot. Send me a reply draft for a buyer, a policy question, a deadline to track or a product listing: I check drafts and listings, answer from the policy and remind you before things are due. Send \"help\" for everything I can do.",
        )
      : kind === 'thanks'
        ? t(
            lang,
            '不客气！还有草稿或商品信息要检查、政策要问，或者截止日期要提醒，随时发给我。',
            "You're welcome! Send me another draft or listing to check, a policy question or a deadline to track whenever you need.",
          )
        : t(lang, '好的！有草稿、商品信息、政策问题或截止日期，随时发给我。', 'OK! Send me a draft, a listing, a policy question or a deadline whenever you need.');
  return hailiCard(lang, text);
}

/** The reply language asked for ("in English please", "中文回答") with nothing before it to say again: it is said in it. */
export function languageSwitchedReply(lang: Lang): Reply {
  const text = t(
    lang,
    '好的，我用中文回复。把要发给买家的回复草稿、政策问题、要提醒的截止日期或商品信息发给我就行。',
    "Sure, I'll reply in English. Send me a reply draft for a buyer, a policy question, a deadline to track or a product listing.",
  );
  return hailiCard(lang, text);
}

export function emptyReply(lang: Lang): Reply {
  const text = t(lang, '消息是空的。请粘贴要检查的草稿，或直接提问。发送「帮助」查看用法。', 'That message was empty. Paste a draft to check or ask a policy question. Send "help" for what I can do.');
  return { lang, text, kind: 'error' };
}

export function failureReply(lang: Lang): Reply {
  const text = t(
    lang,
    '抱歉，处理这条消息时出错了，内容没有丢失，请稍后重试。如果一直失败，请联系管理员。',
    'Sorry, something went wrong while handling that message. Nothing was lost; please try again in a moment. If it keeps failing, contact your administrator.',
  );
  return { lang, text, kind: 'error' };
}

export function tooLongNotice(lang: Lang, limit: number): string {
  return t(lang, `（消息较长，只检查了前 ${limit} 个字符。）`, `(The message is long; only the first ${limit} characters were checked.)`);
}

/** A guessed job says so and offers the other one in one word (and a button where the platform has one). */
export function offerOther(reply: Reply, guessed: 'ask' | 'check', lang: Lang): void {
  const note =
    guessed === 'check'
      ? t(lang, '（已按草稿检查。如果这是问题，回复「问」。）', '(Checked as a draft. Was it a question? Reply "ask".)')
      : t(lang, '（已按政策问题回答。如果这是要发给买家的草稿，回复「检查」。）', '(Answered as a question. Was it a draft for a buyer? Reply "check".)');
  reply.text += `\n${note}`;
  if (reply.card) {
    reply.card.footer = reply.card.footer ? `${reply.card.footer}\n${note}` : note;
    const other = guessed === 'check' ? 'ask' : 'check';
    reply.card.actions = [
      ...(reply.card.actions ?? []),
      { id: 'reroute', label: guessed === 'check' ? t(lang, '这是问题', 'It was a question') : t(lang, '这是草稿', 'It was a draft'), value: other },
    ];
  }
}

export function nothingToRerun(lang: Lang, to: 'ask' | 'check'): Reply {
  const text =
    to === 'ask'
      ? t(lang, '没有可以重新回答的消息。请发送「问：<问题>」。', 'There is no recent message to answer again. Send "ask <your question>".')
      : t(lang, '没有可以重新检查的消息。请发送「检查：<草稿>」。', 'There is no recent message to check again. Send "check <your draft>".');
  return { lang, text, kind: 'error' };
}

/** A short reply from Haili itself (small talk, a language switched), on the plain card titled with its name. */
function hailiCard(lang: Lang, text: string): Reply {
  return { lang, text, kind: 'help', card: { title: t(lang, '海狸 Haili', 'Haili'), tone: 'info', body: text } };
}

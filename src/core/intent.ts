/**
 * Decides which job a chat message is for. Explicit commands win; otherwise we weigh
 * "question about the policy" against "reply draft meant for a buyer".
 */
export type Intent =
  | { job: 'help' }
  | { job: 'empty' }
  | { job: 'check'; text: string; explicit: boolean }
  | { job: 'ask'; text: string; explicit: boolean }
  | { job: 'source'; ref: string }
  | { job: 'reminder' };

const HELP = /^\s*(help|\?|帮助|使用说明|怎么用|菜单|menu|start)\s*[!！。.]?\s*$/i;
const CHECK_CMD = /^\s*(?:\/?check|检查|检测|查一下|帮我检查|审核)\s*[:：]?\s*/i;
const ASK_CMD = /^\s*(?:\/?ask|问|提问|请问一下|faq)\s*[:：]\s*|^\s*(?:\/?ask)\s+/i;
const SOURCE_CMD = /^\s*(?:source|出处|原文|来源)\s*[:：]?\s*(\S*)\s*$/i;

// Policy vocabulary: a message using these is talking *about* the rules, not to a buyer.
const POLICY_WORDS =
  /\b(polic(y|ies)|rules?|allowed|permitted|penalt(y|ies)|punish|points?|deduct|violat\w*|fee|fees|cost|charge|deadline|rectif\w*|delist\w*|eligib\w*|star level|growth task|live[- ]?(stream|recruit)\w*|withdraw\w*|legal rep\w*|alibaba\.com pay|trade assurance|gold supplier|verified|showcase|green factory|followme|sns)\b|规则|政策|处罚|惩罚|扣分|违规|允许|可以吗|能不能|是否|费用|手续费|费率|多少|几天|多久|怎么办|如何|什么|整改|下架|信保|星等级|金品|直播|提现|法人|法定代表人|橱窗|潜力品|成长|名额|期限|截止/i;
const QUESTION_START =
  /^\s*(what|how|is|are|can|could|may|do|does|did|will|when|why|which|who|where|should|if|请问|为什么|怎么|如何|是否|能否|可以|什么|哪些|多少|几)/i;
// Draft cues: salutations, sign-offs and invitations addressed to a buyer.
const DRAFT_WORDS =
  /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|thanks? you|亲|您好|你好)\b|\b(regards|best wishes|sincerely|thank you for your (inquiry|enquiry|message)|add my|contact me|my (whatsapp|wechat|skype|phone|mobile|email|number)|send you|i will send|our factory|we can offer|quotation)\b|加我|联系我|我的微信|发给你/i;

// A question that talks about "the buyer" in the third person is about the rules, even if it says "my WeChat".
const ABOUT_BUYER = /\b(the |a |my |our )?(buyers?|customers?|clients?)('s)?\b|买家|客户|顾客/i;

export function classify(text: string, opts: { forceCheck?: boolean; isReminderCommand: boolean; checkerFlags: () => boolean }): Intent {
  const trimmed = text.trim();
  if (!trimmed) return { job: 'empty' };
  if (opts.forceCheck) return { job: 'check', text, explicit: true };
  if (HELP.test(trimmed)) return { job: 'help' };
  const src = SOURCE_CMD.exec(trimmed);
  if (src) return { job: 'source', ref: src[1] ?? '' };
  const check = CHECK_CMD.exec(text);
  if (check && (check[0].trim().length > 0)) {
    const rest = text.slice(check[0].length);
    if (rest.trim()) return { job: 'check', text: rest, explicit: true };
  }
  const ask = ASK_CMD.exec(text);
  if (ask) {
    const rest = text.slice(ask[0].length);
    if (rest.trim()) return { job: 'ask', text: rest, explicit: true };
  }
  if (opts.isReminderCommand) return { job: 'reminder' };

  const short = trimmed.length <= 280;
  const questionMark = /[?？]\s*$/.test(trimmed) || /[吗呢]\s*[?？]?\s*$/.test(trimmed);
  const policyWords = POLICY_WORDS.test(trimmed) || (ABOUT_BUYER.test(trimmed) && /\b(can|may|allowed|ok|okay)\b|可以|能/i.test(trimmed));
  const draftWords = DRAFT_WORDS.test(trimmed);
  const questionish = short && (questionMark || QUESTION_START.test(trimmed)) && policyWords;
  const greetsBuyer = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|亲|您好|你好)\b/i.test(trimmed);
  if (questionish && (!draftWords || (ABOUT_BUYER.test(trimmed) && !greetsBuyer))) return { job: 'ask', text: trimmed, explicit: false };
  if (draftWords || opts.checkerFlags()) return { job: 'check', text, explicit: false };
  if (short && (questionMark || policyWords || QUESTION_START.test(trimmed))) return { job: 'ask', text: trimmed, explicit: false };
  return { job: 'check', text, explicit: false };
}

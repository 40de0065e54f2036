/**
 * "Unsupported ask": a question can share every topic word with a real section ("0-point delisting", "Pay
 * exchange", "green certification") yet ask for something that section never states: how to appeal, today's
 * rate, a fee the briefing gives no figure for, a limit, a refund, how to cancel, whom to call. Retrieval and the
 * classifier see the topic and answer; this check looks at the ask itself and declines unless the chosen
 * section's own Chinese source (text, answer, facts) holds words that could answer it.
 *
 * Triggers are phrased as the ask (both languages); support is matched against the section's Chinese source only,
 * since that is the briefing's wording (the English answer paraphrases and would say "fee" for 运费).
 */
import type { Section } from './knowledge.js';

export interface AskKind {
  id: string;
  trigger: RegExp;
  /** Words in a section's source that show it can answer this ask; never matches when the briefing has none. */
  support: RegExp;
}

const NEVER = /(?!)/;

export const ASK_KINDS: AskKind[] = [
  {
    id: 'appeal',
    trigger: /申诉|复议|申辩|喊冤|\bappeal|\bobjection|\bdispute|\bcontest(ing)? (the|a|my|this)|overturn|reconsider/i,
    support: /申诉|复议|申辩/,
  },
  {
    id: 'refund',
    trigger: /退款|退钱|退费|退货|\brefund|\bchargeback|money back/i,
    support: /退款|退费|退货|退还|退回/,
  },
  {
    // live market data: the briefing promises "transparent real-time rates" but states no rate or price
    id: 'live-rate',
    trigger:
      /(今天|今日|当天|现在|目前|当前|实时|最新|此刻).{0,10}(汇率|牌价|能换多少|换多少|兑多少)|(汇率|牌价)(是|为|大概|大约)?(多少|几)|能换多少(人民币|美元|美金|欧元)|(today|right now|currently|current|latest|live|now)\W+(?:\w+\W+){0,6}(exchange )?rates?\b|\brates?\b(?:\W+\w+){0,6}\W+(today|right now|now)\b|(exchange|fx|conversion) rate (is|for|of|between)|\bhow much (cny|rmb|usd|eur|yuan)|(how (much|many)|worth)\b.{0,20}\b(usd|dollars?|eur|euros?|gbp|pounds?|rmb|cny|yuan|hkd|jpy|yen|美元|美金|人民币|欧元|英镑|港币|日元)\b.{0,10}\b(in|to|into|for)\b.{0,5}\b(usd|dollars?|eur|euros?|gbp|pounds?|rmb|cny|yuan|hkd|jpy|yen|美元|美金|人民币|欧元|英镑|港币|日元)\b|\d+\s*(usd|dollars?|eur|euros?|gbp|pounds?|rmb|cny|yuan|hkd|jpy|yen|美元|美金|人民币|欧元|英镑|港币|日元).{0,4}(能|可以)?(换|兑)(多少|几)/i,
    support: NEVER,
  },
  {
    id: 'limit',
    trigger: /上限|限额|限制多少|单笔最|每[天日月笔次]最多|最多能|最多可以|最高能|最高可以|最多(开|提|收|存|转)|\blimits?\b|\bcap(ped)?\b|\bmaximum\b|\bmax\b|at most|how (much|many) (can|may) i (withdraw|transfer|open|collect|hold)/i,
    support: /最多|仅限|上限|限额|名额|合计|超出/,
  },
  {
    id: 'cancel',
    trigger: /取消|撤销|退出(报名|活动)|解绑|解除绑定|注销|\bcancel|\bunbind|\bunlink|\bdisconnect|\bderegister|\bopt out|\bclose my (pay|global|local)? ?account/i,
    support: /取消|撤销|解绑|解除|注销|失效/,
  },
  {
    // a named person or office to reach, not the buyer's contact details (that is the off-platform rule)
    id: 'contact-person',
    trigger:
      /(客户经理|拍档|小二|负责人|对接人|客服|讲师|运营)(的)?(电话|手机|微信|邮箱|联系方式|怎么联系)|(联系|找|打给|加)(一下)?(客户经理|拍档|负责人|对接人|客服|讲师)|(phone|email|wechat|contact|number)\W+(?:\w+\W+){0,3}(account manager|manager|person in charge|staff|rep|lecturer|support team)\b|(reach|contact|email|call)\W+(the\W+)?(account manager|manager|person in charge|staff|support team|lecturer)\b|who'?s? (is )?(the )?(person|in charge)/i,
    support: /热线|400-|联系.{0,4}(微信|小二)|服务小二微信|咨询绑定拍档/,
  },
  {
    // a price or fee: answerable only from a section that states one
id: 'cost',
    // the ask is an amount ("how much", "几个点"), not whether charging the buyer extra is allowed (that is a rule)
    trigger:
      /多少钱|花多少|收多少|交多少|多少(的)?(手续|服务|年|会员|认证|检测|报名)?费|费(用)?(是|大概|要)?多少|几个点|费率|扣点|收费吗|收不收费|要钱吗|要不要钱|免费吗|是不是免费|how much\b.{0,50}\b(cost|costs|charge|charges|charged|fee|fees|pay|money)\b|(?<!shipp?ing |postage |freight |extra )\bcosts?\b|what('s| is| are) the (fee|fees|charge|charges|commission|rate for)\b|\b(is|are) (it|there|they) (any )?(free|fees?|charges?)\b|\bcommission\b/i,
    support: /(手续|开户|维护|入账|样品|服务|会员|认证|检测|报名|年)费|收费|免费|费率|原价|0元|\d(\.\d+)?%/,
  },
  {
    id: 'invoice',
    trigger: /发票|报销|\b(vat|tax) invoice|invoice for (the |my |our )?(fee|fees|withdrawal|service|charges)|\breceipt for/i,
    support: /发票/,
  },
  {
    id: 'media-spec',
    trigger: /时长|多少秒|几分钟|几秒|多大|\bMB\b|\bGB\b|分辨率|尺寸|\bduration|how many seconds|\bseconds? long|\bminutes? long|file size|resolution/i,
    support: /时长|秒|分钟|分辨率|尺寸|格式|\bMB\b/,
  },
  {
    id: 'reset',
    trigger: /清零|恢复(分数|积分|扣分)|分数.{0,6}恢复|扣的分.{0,6}(恢复|清)|\breset\b|points? (expire|come back|restored)/i,
    support: /清零|恢复|有效期/,
  },
];

const sourceText = new WeakMap<Section, string>();

function sourceOf(section: Section): string {
  let s = sourceText.get(section);
  if (s === undefined) {
    s = [...section.text, section.answer, ...Object.values(section.facts)].join('\n');
    sourceText.set(section, s);
  }
  return s;
}

/** The asks in a question that none of the answering sections can support (empty: nothing to object to). */
export function unsupportedAsks(question: string, sections: Section[]): string[] {
  const out: string[] = [];
  for (const k of ASK_KINDS) {
    if (!k.trigger.test(question)) continue;
    if (sections.some((s) => k.support.test(sourceOf(s)))) continue;
    out.push(k.id);
  }
  return out;
}

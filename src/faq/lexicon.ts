/**
 * Word lists for query analysis. Stopwords carry no topic at all; "generic" words carry little
 * (verbs, adverbs, filler) so when the policy never uses them they must not count as a missing topic.
 * These are general-language lists, not tuned to any question in corpus/questions.
 */

const ZH_STOP = [
  '请问', '请', '一下', '我们', '我的', '我', '你们', '你', '您', '他们', '他', '她', '它', '的话', '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '啦',
  '是不是', '是否', '是', '有没有', '和', '与', '或者', '或', '这个', '那个', '这些', '那些', '这样', '那样', '这', '那', '什么', '怎么办', '怎么样',
  '怎么', '怎样', '如何', '为什么', '多少', '哪些', '哪个', '哪里', '哪', '几', '能不能', '会不会', '需要', '就', '都', '也', '还', '被', '把',
  '让', '如果', '时候', '现在', '之后', '以后', '然后', '但是', '但', '所以', '因为', '可不可以', '可以', '么', '一个', '想问', '想',
  '问题', '知道', '告诉', '一些', '关于', '应该', '呃', '嗯', '啥', '咋办', '咋', '到底', '具体', '情况', '一般', '觉得',
  '要', '会', '能', '在', '有', '个', '得', '地', '着', '过', '到', '给', '对', '又', '再', '下', '收', '用', '去', '做', '说', '看', '算',
  '意思', '后果', '结果', '影响', '算不算', '属不属于', '属于', '是指', '指的是', '叫做', '叫', '什么样', '行不行', '行吗', '对吗', '好吗',
  '可以吗', '多久', '几天', '几号', '哪天', '什么时候', '吗？', '呗', '哈', '嘞', '里', '里面', '上面', '后', '前', '会怎样', '怎么处理',
  '跟', '同', '往', '从', '向', '将', '起来', '一起',
  // the platform itself: every section is about it, so naming it says nothing about the topic
  '阿里巴巴国际站', '阿里国际站', '国际站', '阿里巴巴', '平台', '网站',
];
export const ZH_STOP_SORTED = [...new Set(ZH_STOP)].sort((a, b) => b.length - a.length);

// Everyday Chinese verbs, adverbs and adjectives that paraphrase rather than name a topic.
const ZH_GENERIC = new Set(
  ('发生 处理 注意 了解 请教 帮忙 帮我 查询 查一下 看看 解释 说明 明白 清楚 原因 为啥 干嘛 比较 非常 特别 一直 已经 马上 突然 总是 经常 一定 必须 还是 而且 ' +
    '并且 因此 平时 现在 今天 明天 昨天 最近 之前 以前 还有 其他 别的 东西 事情 地方 时间 办法 方法 问问 想要 希望 打算 准备 开始 结束 完成 ' +
    '发现 出现 遇到 碰到 抓到 被抓 搞定 弄好 改好 改完 弄 搞 整 写 写的 填 填写 页面 上面 下面 这边 那边 真的 其实 大概 可能 应该 怎么弄 咋整 ' +
    '老板 同事 朋友 客户 公司 我司 贵司 店里 店铺 网店 东西 产品们 一点 有点 一些 多 少 大 小 好 坏 高 低 新 旧 直接 全部 所有 每个 每次 ' +
    '一次 两次 总共 一共 合计 到时候 然后呢 那么 这么 多长 多长时间 多大 能否 是否会 会被 被罚 罚 扣 需不需要 要不要 有无 没改 没有改 超过 超出 才能 才 能够 晚上 周末 节假日 白天 早上 小时 ' +
    '东西 玩意 啥的 之类 等等 这种 那种 哪种 这么样 怎么回事 回事 原因 理由 为何 是啥 啥意思 没问题 有问题 出问题 会有 会不会有 ' +
    '认定 判定 视为 当成 算作 看作 设置 设成 设置成 弄成 搞成 改成 写成 还能 还可以 能不能够 可否 允不允许 让不让 行不 好不好 要紧 严重吗 严不严重 ' +
    '一样 不一样 一致 不一致 不同 相同 系统 后台 以上 以下 以内 最多 最少 至少 代表 意味着 表示 说明 急 着急 紧急 赶紧 尽快 马上 立刻 立即 一直 总 老是 多了 太多 很多 好多 一堆 一点点').split(/\s+/),
);

export const EN_STOP = new Set(
  ('a an the is are was were be been being am do does did doing done have has had having i me my mine myself we us our ours you your yours he him his she her ' +
    'it its they them their this that these those what which who whom whose when where why how much many of in on at to for from by with about as into onto ' +
    'if then than so and or but not no nor can could will would should shall may might must there here any some all get got gets please tell know want need ' +
    'hi hello hey thanks thank also just really still now s t m re ve ll d don doesn didn isn aren won wouldn cant im it\'s what\'s i\'m happen happens happened ' +
    'mean means meaning anything something thing things way one ones exactly actually kind sort like say says said guy guys dear sir madam team ' +
    'question questions ask asking asked help wondering wonder let make sure okay ok yes yeah well else other another every each very quite too more most ' +
    'up out over only own same such both few whether while during before after above below between through further once st nd rd th ' +
    // the platform itself: every section is about it
    "we're you're they're i've we've you've they've i'll we'll you'll i'd we'd don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't shouldn't wouldn't couldn't let's that's there's " +
    'alibaba platform website site').split(/\s+/),
);

// Everyday English words (verbs, adjectives, adverbs, time words) that rephrase rather than name a policy topic.
const EN_GENERIC = new Set(
  ('whole entire keep kept drop dropped avoid day days daily week weeks month months year years time times today tomorrow yesterday soon later ' +
    'go going goes went come comes came see seen look looks looking use used using find found work works working call try tried leave left seem ' +
    'feel become turn move moved bring write wrote written put puts take takes took taken taking give gives gave given show shows showed shown ' +
    'stop stopped start started continue happen matter matters affect affects effect effects consequence consequences result results outcome ' +
    'big small large little new old good bad right wrong long short high low real different possible able late early next last first ' +
    'really actually basically exactly simply usually normally always never sometimes often ever already yet anyway though although ' +
    'caught catch catches busted trouble problem problems issue issues case cases situation stuff bit lot lots ' +
    'someone somebody anyone anybody everyone people person guy company my our store shop seller merchant supplier sellers merchants suppliers ' +
    'explain explanation understand understanding clarify detail details info information inform official officially exact specific ' +
    'allow still again ago back away around down off through toward plan plans planning want wanted wants hope need needed needs ' +
    'fine safe ok okay sure certain correct true false legit fair ' +
    'doing done make made making gets getting got put handle handled handling deal dealing check checked checking ' +
    'cost costs pay paying paid charge charged free cheap expensive night nights weekend weekends weekday weekdays holiday holidays morning evening ' +
    'hour hours minute minutes watch watched read see care cared worry worried mind bother ' +
    'super crazy huge tiny massive insane extreme extremely totally completely literally seriously honestly basically pretty kinda gonna wanna ' +
    'set sets setting accept accepted accepting existing exist exists step steps way ways part parts side sides whatever whenever ' +
    'still able unable allowed happen okay alright ah oh um uh hmm lol pls plz thx ty asap urgent urgently quick quickly fast slowly ' +
    'write writes wrote reply replies replied answer answered tell told ask says saying talk talking contact' +
    ' count counts counted apply applies applied require required requires requirement need needs include includes including ' +
    'someone something somewhere anywhere everything nothing none whole half number numbers amount amounts total ' +
    'current currently recent recently upcoming future past previous next last latest new newest old older ' +
    'exactly approximately about around roughly nearly almost least minimum maximum max min more less fewer ' +
    // common verbs (base and irregular forms) that describe what happens rather than which policy applies
    'collect collected collecting compare compared comparing similar way off quick raise raised lift lower lowered increase increased decrease reduce reduced add added remove send sent sending arrive arrived arrival land lands landed ' +
    'reach reached receive received get getting become became begin began begun bring brought build built buy bought choose chose ' +
    'decide decided do fall fell feel felt fight find follow forget forgot grow grew hear heard hold held keep knew lead led learn lose lost ' +
    'meet met move offer open opened pick play prove provide provided pull push reach realize remember return run said see seem sell sold ' +
    'serve share sit speak spend spent stand stay stop suggest support suppose think thought throw try understand wait walk win won wish work wonder ' +
    'flag flagged mark marked block blocked ban hit hurt ruin ruined punish fix fixed solve solved resolve handle appear appears show shown hide hidden ' +
    'correct corrected change changed update updated edit edited modify modified adjust adjusted verify verified confirm confirmed ' +
    // common adjectives, adverbs and nouns with no policy meaning on their own
    'fast faster quick quicker slow slower easy hard difficult simple possible impossible likely unlikely normal usual common rare ' +
    'big bigger small smaller high higher low cheaper cheap wrong right true fine safe risky ok acceptable unacceptable reasonable unreasonable ' +
    'grace period periods window timeline time times point moment stage phase level levels type types kind kinds example examples ' +
    'reason reasons purpose way ways method methods rule rules policy policies regulation regulations guideline guidelines term terms ' +
    'non compliant compliance noncompliant comply complying until unless since because therefore however also either neither ' +
    'anyone everyone nobody somebody everybody thing things stuff matter matters fact facts case cases ' +
    'item items goods merchandise arrange arranging arranged organise organize prepare preparing ' +
    'today tonight week weekly year yearly annual annually month date dates deadline deadlines ' +
    // how directly something is done, not what is done ("withdraw straight to", "pay directly via")
    'straight directly direct via straightaway instantly immediately right away').split(/\s+/),
);

export function isGenericEn(word: string): boolean {
  return EN_GENERIC.has(word);
}

export function isGenericZh(piece: string): boolean {
  return ZH_GENERIC.has(piece);
}

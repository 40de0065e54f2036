import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { Router } from '../src/core/router.js';
import { CoreStore } from '../src/db/store.js';
import { silentLogger } from '../src/core/log.js';
import { createDraftChecker } from '../src/checker/index.js';
import { createPolicyFaq } from '../src/faq/index.js';
import { createReminderService } from '../src/reminders/index.js';
import { createListingJob } from '../src/listing/index.js';
import { createJobClassifier, extractQuotedDraft } from '../src/routing/index.js';
import type { Reply } from '../src/core/types.js';

/**
 * Plain chat messages reach their job whatever little shape they have: a listing pasted as one line, a CSV row or a
 * JSON record gets the listing check; a reminder asked casually for a teammate, by a deadline or a relative day gets
 * the reminder proposal; a question that quotes a draft (in single quotes closed by Chinese punctuation, a one-word
 * reply after "回了个", or with a tag like "…没问题吧" / "…不算违规吧") gets the draft's verdict and the answer, and one
 * asking what to do ("…咋办") gets an answer. The real Router with every job on PGlite, LLM off; none of these
 * messages is in a training or tuning set.
 */
let db: Database;
let router: Router;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  router = new Router({
    checker: createDraftChecker({ llm: null }),
    faq: createPolicyFaq({ llm: null }),
    reminders: createReminderService(db),
    store: new CoreStore(db),
    log: silentLogger,
    listing: createListingJob({}),
  });
}, 60_000);
afterAll(async () => {
  await db?.close();
});
let seq = 0;
const send = (text: string): Promise<Reply[]> =>
  router.onMessage({ id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: `c${seq}`, userId: `u${seq}`, text, isDirect: true, receivedAt: new Date() });
const kinds = (replies: Reply[]) => replies.map((r) => r.kind);

describe('a listing pasted with little structure reaches the listing check', () => {
  it.each([
    'Stainless steel lunch box 3 layers, USD 0.03-7.20/pc, MOQ 1 pc, freight USD 48',
    '折叠收纳箱 大号 价格 0.05-18 美元/个 起订量 1 个 运费 66 美元',
    'id,name,price_low,price_high,min_order\n7781,Wooden toy train set,0.01,9.90,1',
    '{"title":"Neck fan portable","price":"0.01-14.5 USD","moq":"1 piece","shipping":"52 USD"}',
    'Marble phone case — from US$0.01, min order 1, ask seller for actual price',
    'Resin keychain custom shape, price 0.02-6 usd, MOQ 3 pcs, viber for samples',
  ])('%s', async (text) => {
    expect(kinds(await send(text))).toContain('listing');
  }, 30_000);
});

describe('a casual reminder request reaches reminders', () => {
  it.each([
    'remind 小芳 tmrw 把签名档里的 line 账号删掉',
    'ping @devi on Thu to fix the flagged SKUs',
    '6月3号之前 叫上老郑 把违规名单里的运费全部改掉',
    '帮我盯一下：Tom 那边的新手任务 下周五前要做完',
    '下周二跟进一下 小孙 的直播素材',
    'chase Rahul next Monday about the 7-day fix',
  ])('%s', async (text) => {
    expect(kinds(await send(text))).toContain('reminder');
  }, 30_000);
});

describe('a question quoting a draft gets the verdict and the answer', () => {
  it.each([
    ["我们的快捷回复是 'Add me on Skype for the price list'，这个要改吗？", true],
    ["客户要电话，同事就回了个'ok'，继续在平台上聊，这样有问题吗", false],
    ['报价单末尾写着“如需更多信息请在阿里旺旺联系我们”，这样没问题吧', false],
    ["买家催样品，我回的是'Sample ships Friday, tracking will be in this chat' 这个不算违规吧", false],
  ] as const)('%s', async (text, leaks) => {
    const replies = await send(text);
    expect(kinds(replies)).toEqual(['check', 'answer']);
    expect(replies[0]!.card?.tone !== 'ok').toBe(leaks);
  }, 30_000);

  it('a quote in single quotes may close before Chinese punctuation or run into Han text', () => {
    const rules = createJobClassifier().rules;
    expect(extractQuotedDraft("模板结尾是 'pls add my LINE for details'，要删吗？", rules.askAboutDraft)?.text).toBe('pls add my LINE for details');
    expect(extractQuotedDraft("他回了句'see you on Telegram'然后就下线了", rules.askAboutDraft)?.text).toBe('see you on Telegram');
    // an apostrophe is still no quote
    expect(extractQuotedDraft("we don't ship on weekends, it's the warehouse's rule", rules.askAboutDraft)).toBeNull();
  });
});

describe('asking what to do gets an answer', () => {
  it.each(['客户坚持要用 Zalo 联系 不想用阿里 咋办', 'the buyer says he only uses imo and never opens Alibaba, what do I do', '买家要我的私人邮箱发合同 这种怎么处理'])('%s', async (text) => {
    expect(kinds(await send(text))).toContain('answer');
  }, 30_000);
});

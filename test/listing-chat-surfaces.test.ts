/**
 * The listing check through the chat surfaces of a real Haili: the console API (on PGlite and PostgreSQL, with the
 * check recorded as hash, verdict and kinds, never the text, and counted on the dashboard), Slack and DingTalk
 * against their loopback fakes. Only the platforms are faked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHaili } from '../src/app.js';
import { postJson, startHailiWithChats, startTestHaili, type HailiWithChats } from './helpers/haili.js';
import { postgresAvailable } from './helpers/db.js';
import { eventEnvelope, FakeSlack, postEvent } from './fakes/fake-slack.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';

const bakery = readFileSync(new URL('../corpus/listings/briefing/bakery-sku.txt', import.meta.url), 'utf8');
const zhListing = '商品名称：挖掘机斗齿 1U3302RC\n阶梯价：500-1999件 $12.50；≥2000件 $11.80\n最小起订量：1 件\n运费：$64';

for (const engine of ['pglite', 'postgresql'] as const) {
  describe(`listing check in the console on ${engine}`, async () => {
    const skip = engine === 'postgresql' && !(await postgresAvailable());
    let haili: RunningHaili;
    beforeAll(async () => {
      if (!skip) haili = await startTestHaili(engine, {}, { startEngine: false });
    }, 180_000);
    afterAll(async () => {
      await haili?.stop();
    });

    const send = async (text: string, conversation = `l-${engine}`) => {
      const r = await postJson(`${haili.url}/api/console/messages`, { conversation, user: 'rep1', text });
      expect(r.status).toBe(200);
      return r.json.replies.map((x: { payload: { reply: unknown } }) => x.payload.reply) as { kind: string; text: string; lang: string; card?: { tone: string; fields?: { value: string }[] } }[];
    };

    it.skipIf(skip)('a pasted product page is recognised as a listing and answered with a card, clause and fix', async () => {
      const replies = await send(bakery);
      const listing = replies.find((r) => r.kind === 'listing')!;
      expect(listing).toBeDefined();
      expect(listing.lang).toBe('en');
      expect(listing.card?.tone).toBe('danger');
      expect(listing.text).toContain("$0.01 'Thank you card'");
      expect(listing.text).toContain('「滥用SKU设置功能');
      expect(listing.text).toContain('$0.23–$4.92');
    });

    it.skipIf(skip)('"检查商品" and "check listing" send the text to the listing check explicitly, in the text\'s language', async () => {
      const [zh] = await send(`检查商品 ${zhListing}`);
      expect(zh!.kind).toBe('listing');
      expect(zh!.lang).toBe('zh');
      expect(zh!.text).toMatch(/最小起订量写的是 1件/);
      const [en] = await send('check listing Water Bottle\n100 - 499 Pieces\t>=500 Pieces\n$3.20\t$2.85');
      expect(en!.kind).toBe('listing');
      expect(en!.card?.tone).toBe('ok');
    });

    it.skipIf(skip)('records each check as hash, verdict and kinds without the listing text, and counts it on the dashboard', async () => {
      const rows = await haili.db.prisma.listingCheck.findMany({ orderBy: { createdAt: 'asc' } });
      expect(rows.length).toBeGreaterThanOrEqual(3);
      const bakeryRow = rows.find((r) => r.textHash === createHash('sha256').update(bakery).digest('hex'))!;
      expect(bakeryRow).toMatchObject({ verdict: 'risk', kinds: ['sku_filler'], platform: 'console', textLength: bakery.length, lang: 'en' });
      expect(JSON.stringify(rows)).not.toContain('Thank you card');
      const dash = await (await fetch(`${haili.url}/api/dashboard`)).json();
      const week = dash.listingsByWeek.at(-1);
      expect(week.checks).toBe(rows.length);
      expect(week.atRisk).toBe(rows.filter((r) => r.verdict === 'risk').length);
      expect(week.kinds.sku_filler).toBeGreaterThanOrEqual(1);
    });
  });
}

describe('listing check on Slack and DingTalk', () => {
  const SECRET = 'listing-signing-secret';
  let slack: FakeSlack;
  let ding: FakeDingTalk;
  let haili: RunningHaili;
  let chats: HailiWithChats | undefined;

  beforeAll(async () => {
    chats = await startHailiWithChats(SECRET);
    ({ haili, slack, ding } = chats);
  }, 180_000);
  afterAll(async () => {
    await chats?.stop();
  });

  it('Slack: a listing pasted in a mention is answered in the thread with Block Kit fields for the finding, clause and fix', async () => {
    const event = { type: 'app_mention', user: 'U1REP', channel: 'C1SALES', ts: '1700002000.000100', text: `<@${slack.botUserId}> check listing ${bakery}` };
    const res = await postEvent(`${haili.url}/slack/events`, eventEnvelope(event), { secret: SECRET });
    expect(res.status).toBe(200);
    const [post] = await slack.waitFor('chat.postMessage', 1, 20_000);
    expect(post.args.thread_ts).toBe('1700002000.000100');
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('Thank you card');
    expect(blocks).toContain('滥用SKU设置功能');
    expect(blocks).toContain('$0.23–$4.92');
  });

  it('DingTalk: a Chinese backend paste is answered through the session webhook with the finding and fix', async () => {
    await ding.waitFor(() => ding.openSockets() === 1, 'stream connection');
    ding.pushRobotText({ text: `检查商品 ${zhListing}`, session: 'L1', conversationId: 'cidL' });
    const hook = await ding.waitFor(() => ding.callsTo('/robot/sendBySession').find((c) => c.query.get('session') === 'L1'), 'listing reply', 20_000);
    const text: string = hook.body.markdown?.text ?? hook.body.actionCard?.text;
    expect(text).toMatch(/虚报起订量/);
    expect(text).toMatch(/虚报最小起订量（MOQ）等虚假产品信息行为/);
    expect(text).toMatch(/把最小起订量改成真实起订量/);
  });
});

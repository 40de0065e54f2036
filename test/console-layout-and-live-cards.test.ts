/**
 * A team's day in the console against a real Haili (embedded database, no LLM), in headless Chromium at a desktop
 * (1366×900) and a phone (390×844) size: after 15 messages and after a reload the composer, the tabs and the newest
 * reply are on screen; cards follow their case; only the owner (or an admin) closes a case; the rewrite and the
 * source are usable in place; the English interface is English; dashboard text stays readable on a phone.
 *
 * HAILI_DOCS_SCREENSHOTS=1 writes the screenshots the README shows into docs/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { browserAvailable, launchBrowser } from './helpers/browser.js';

const DOCS = process.env.HAILI_DOCS_SCREENSHOTS ? path.resolve(import.meta.dirname, '..', 'docs', 'screenshots') : null;
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const today = () => new Date().toISOString().slice(0, 10);

/** Fifteen things a rep types in a day: questions, drafts, reminders, in both languages. */
const DAY_OF_MESSAGES = [
  '待整改产品多久内要整改？',
  'Please add my WhatsApp +86 186 1234 5678 so we can talk',
  'What happens if I list a fake price?',
  'The MOQ is 500 pieces and lead time is 15 days.',
  '您好，加我微信 abc_12345 详聊',
  'tasks',
  '对公提现手续费多少',
  'Send me your email and I will send the catalogue there',
  'How many points is a first off-platform strike?',
  'We can ship by sea, it takes about 30 days.',
  '新商家任务有哪些？',
  'help',
  'Our factory is in Ningbo, welcome to visit.',
  '直播带岗素材要提前几天提交？',
  'Thanks for your order, we will ship tomorrow.',
];

describe.skipIf(!browserAvailable())('the console a team lives in', () => {
  let browser: Browser;
  let haili: RunningHaili;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haili-console-layout-'));
    haili = await startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dataDir, HAILI_LOG_LEVEL: 'silent', HAILI_ADMINS: 'console:lead' }) });
    browser = await launchBrowser();
    if (DOCS) fs.mkdirSync(DOCS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await haili?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(viewport: { width: number; height: number }, query: string, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale, viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    const page = await context.newPage();
    await page.goto(`${haili.url}/?${query}`);
    await page.getByTestId('chat-input').waitFor();
    return { context, page };
  }

  async function send(page: Page, text: string) {
    const replies = page.getByTestId('msg-out');
    const before = await replies.count();
    await page.getByTestId('chat-input').fill(text);
    await page.getByTestId('chat-input').press('Enter');
    await expect.poll(() => replies.count(), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.getByTestId('send').isDisabled()).toBe(false);
    return replies.last();
  }

  /** Fully inside the viewport, not merely present in the DOM. */
  async function onScreen(page: Page, selector: string): Promise<boolean> {
    return page.locator(selector).last().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 0.5 && r.left >= 0 && r.right <= window.innerWidth + 0.5;
    });
  }

  async function expectChatFits(page: Page) {
    // The page never scrolls; the message list does, and it rests at its end.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight + 1)).toBe(true);
    await expect.poll(() => page.getByTestId('messages').evaluate((m) => m.scrollHeight - m.scrollTop - m.clientHeight), { timeout: 5000 }).toBeLessThan(4);
    expect(await onScreen(page, '[data-testid="chat-input"]')).toBe(true);
    expect(await onScreen(page, '[data-testid="send"]')).toBe(true);
    expect(await onScreen(page, '[data-testid="tab-inbox"]')).toBe(true);
    // The newest reply's last line is on screen (its head may scroll off when it is taller than the list).
    const bottomVisible = await page.getByTestId('msg-out').last().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const list = document.getElementById('messages')!.getBoundingClientRect();
      return r.bottom <= list.bottom + 1 && r.bottom > list.top;
    });
    expect(bottomVisible).toBe(true);
  }

  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`${name} ${viewport.width}×${viewport.height}: after 15 messages and after a reload, the composer, tabs and newest reply are on screen`, async () => {
      const { context, page } = await open(viewport, `conversation=day-${name}&user=rep-${name}`);
      for (const text of DAY_OF_MESSAGES) await send(page, text);
      expect(await page.getByTestId('msg-in').count()).toBe(15);
      await expectChatFits(page);
      if (DOCS && name === 'phone') await page.screenshot({ path: path.join(DOCS, 'console-phone-chat.png') });
      await page.reload();
      await expect.poll(() => page.getByTestId('msg-in').count()).toBe(15);
      await expectChatFits(page);
      // The last thing said is the last thing shown.
      expect(await page.getByTestId('msg-in').last().locator('.bubble').textContent()).toBe(DAY_OF_MESSAGES.at(-1));
      await context.close();
    });
  }

  it('tracking the same product twice leaves one open case; the card offers to re-date it', async () => {
    const { context, page } = await open(DESKTOP, 'conversation=ana-dm&user=ana');
    const first = await send(page, `track rectification P123 flagged ${today()}`);
    expect(await first.textContent()).toMatch(/Tracking C\d+/);
    const again = await send(page, `track rectification P123 flagged ${today()}`);
    expect(await again.textContent()).toMatch(/already tracks rectification P123/);
    const openCases = await haili.reminders.listCases({ status: 'open' });
    expect(openCases.filter((c) => c.subject === 'P123' && c.kind === 'rectification')).toHaveLength(1);
    await context.close();
  });

  it('someone else cannot close Ana’s case; Ana’s Done updates her card and can be undone', async () => {
    const [p123] = (await haili.reminders.listCases({ status: 'open' })).filter((c) => c.subject === 'P123');
    const ref = `C${p123!.shortId}`;

    const bob = await open(DESKTOP, 'conversation=bob-dm&user=bob');
    const refused = await send(bob.page, `done ${ref}`);
    expect(await refused.textContent()).toMatch(new RegExp(`Sorry, ${ref} P123 belongs to ana; only they or an admin`));
    expect((await haili.reminders.getCase(p123!.id))!.status).toBe('open');
    await bob.context.close();

    const ana = await open(DESKTOP, 'conversation=ana-dm&user=ana');
    const card = ana.page.locator('[data-testid="card"]', { hasText: `Tracking ${ref}` });
    const done = card.locator('[data-action="done"]');
    await done.waitFor();
    await done.click();
    // The reply says so, and the original card no longer offers Done or Snooze.
    await ana.page.getByTestId('msg-out').filter({ hasText: 'is done; reminders stopped' }).waitFor();
    await expect.poll(() => done.isHidden()).toBe(true);
    expect(await card.locator('[data-action="snooze"]').isHidden()).toBe(true);
    expect(await card.getByTestId('case-closed').isVisible()).toBe(true);
    expect((await haili.reminders.getCase(p123!.id))!.status).toBe('done');

    // Undo opens it again; the card's buttons come back and the Undo button goes away.
    const undo = ana.page.getByTestId('msg-out').filter({ hasText: 'is done; reminders stopped' }).locator('[data-action="reroute"]');
    await undo.click();
    await ana.page.getByTestId('msg-out').filter({ hasText: 'Undone:' }).waitFor();
    await expect.poll(() => done.isVisible()).toBe(true);
    await expect.poll(() => undo.isHidden()).toBe(true);
    expect((await haili.reminders.getCase(p123!.id))!.status).toBe('open');

    // After a reload the stored cards still tell the truth.
    await ana.page.reload();
    await card.waitFor();
    await expect.poll(() => card.locator('[data-action="done"]').isVisible()).toBe(true);
    await ana.context.close();

    // An admin from HAILI_ADMINS may close it.
    const lead = await open(DESKTOP, 'conversation=lead-dm&user=lead');
    expect(await (await send(lead.page, `done ${ref}`)).textContent()).toMatch(/is done/);
    await lead.context.close();
  });

  it('a leak card shows the penalty ladder and the rewrite in its own box, which copies and can be edited and checked again', async () => {
    const { context, page } = await open(DESKTOP, 'conversation=rewrite&user=rep');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: haili.url });
    const reply = await send(page, 'Hi John, please add my WhatsApp +86 186 1234 5678 for the price list.');
    const card = reply.getByTestId('card');
    expect(await card.textContent()).toContain('1st time: a warning → times 2–3: 3 points deducted → from the 4th: 6 points deducted');
    const rewrite = (await card.getByTestId('rewrite-text').textContent())!;
    expect(rewrite).not.toMatch(/186|WhatsApp/);
    await card.getByTestId('copy-rewrite').click();
    await expect.poll(() => card.getByTestId('copy-rewrite').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rewrite);
    if (DOCS) await page.screenshot({ path: path.join(DOCS, 'console-leak-card.png') });

    await card.getByTestId('edit-check').click();
    expect(await page.getByTestId('chat-input').inputValue()).toBe(`check ${rewrite}`);
    const recheck = await send(page, `check ${rewrite} Thanks!`);
    expect(await recheck.getByTestId('card').getAttribute('data-tone')).toBe('ok');
    await context.close();
  });

  it('Show source opens the passage inside the answer card, adding nothing to the conversation', async () => {
    const { context, page } = await open(DESKTOP, 'conversation=source&user=rep', 'zh-CN');
    const reply = await send(page, '对公提现手续费多少');
    const card = reply.getByTestId('card');
    // The quoted line holds the figure the answer states (the exact line is the answer composer's choice).
    const quotes = (await card.locator('dd').allTextContents()).filter((t) => t.startsWith('「'));
    expect(quotes.some((q) => q.includes('0.125%'))).toBe(true);
    await card.locator('[data-action="reroute"][data-value^="source "]').click();
    const passage = card.getByTestId('source-passage');
    await passage.waitFor();
    expect(await passage.textContent()).toContain('境内对公提现');
    expect(await passage.textContent()).toContain('0.125%');
    await card.locator('[data-action="reroute"][data-value^="source "]').click();
    expect(await passage.isHidden()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('msg-out').count()).toBe(1);
    await context.close();
  });

  it('in English the whole chrome is English, and on a phone the dashboard labels stay readable with whole-number axes', async () => {
    const { context, page } = await open(PHONE, 'conversation=day-phone&user=rep-phone', 'zh-CN');
    // Two deadlines for the timeline: one due in four days, one in 25.
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await send(page, `track rectification P900 flagged ${daysAgo(10)}`);
    await send(page, `track growth-tasks Shop-A ${daysAgo(5)}`);
    await expect.poll(() => page.getByTestId('health').textContent()).toContain('运行正常');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('health').textContent()).toMatch(/^Healthy/);
    // The reminder engine delivers the cases' overdue nudges into this conversation on its own tick: wait for them.
    await expect.poll(() => page.locator('.msg .meta').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const metas = await page.locator('.msg .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(10);
    for (const m of metas) expect(m).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByTestId('tab-chat').textContent()).toBe('Chat');

    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('leak-svg').waitFor();
    // Rendered label height on screen: the chart is drawn at its shown width, not shrunk from 960 px.
    const heights = await page.locator('[data-testid="leak-svg"] text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    const ticks = await page.getByTestId('leak-tick').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(ticks[0]).toBe(0);
    for (const v of ticks) expect(Number.isInteger(v)).toBe(true);
    const steps = new Set(ticks.slice(1).map((v, i) => v - ticks[i]!));
    expect(steps.size).toBe(1);
    if (DOCS) await page.screenshot({ path: path.join(DOCS, 'console-phone-dashboard.png'), fullPage: false });
    await context.close();
  });
});

/**
 * End to end: a real Haili (embedded database, no LLM, console token on) driven through the console page in a
 * headless browser: policy answer with its quoted source, a blocked draft with the leak highlighted, a deadline
 * tracked by chat and listed back, and the same case shown in the reminders inbox and on the dashboard.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { browserAvailable, launchBrowser } from './helpers/browser.js';

const TOKEN = 'console-e2e-token';
/** Set CONSOLE_SCREENSHOTS=/tmp/dir to save screenshots for a design review (never committed). */
const SHOTS = process.env.CONSOLE_SCREENSHOTS;

describe.skipIf(!browserAvailable())('console against a real Haili', () => {
  let browser: Browser;
  let haili: RunningHaili;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haili-console-e2e-'));
    haili = await startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dataDir, HAILI_CONSOLE_TOKEN: TOKEN, HAILI_LOG_LEVEL: 'silent' }) });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haili?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sends one message through the page and returns the newest reply bubble once it is shown. */
  async function ask(text: string) {
    const replies = page.getByTestId('msg-out');
    const before = await replies.count();
    await page.getByTestId('chat-input').fill(text);
    await page.getByTestId('chat-input').press('Enter');
    await expect.poll(() => replies.count(), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await page.getByTestId('chat-notice').isVisible()).toBe(false);
    return replies.last();
  }

  it('opens with the token link, which is then dropped from the address bar, and API calls ride on the cookie', async () => {
    await page.goto(`${haili.url}/?token=${TOKEN}`);
    expect(page.url()).not.toContain(TOKEN);
    await expect.poll(() => page.getByTestId('health').textContent()).toContain('运行正常');
    // Without the cookie the API refuses: the token is really enforced.
    const bare = await fetch(`${haili.url}/api/dashboard`);
    expect(bare.status).toBe(401);
  });

  it('answers a policy question with the quoted section of the briefing', async () => {
    const reply = await ask('待整改产品多久内要整改？');
    const card = reply.getByTestId('card');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('14');
    const fields = await card.locator('dd').allTextContents();
    expect(fields.some((v) => v.startsWith('「') && v.length > 6)).toBe(true);
  });

  it('blocks a draft that adds a WhatsApp number and highlights the number', async () => {
    const reply = await ask('Please add my WhatsApp +86 186 1234 5678');
    const card = reply.getByTestId('card');
    expect(await card.getAttribute('data-tone')).toBe('danger');
    const marks = await card.getByTestId('highlight').allTextContents();
    expect(marks.join(' ')).toContain('186 1234 5678');
    expect(await card.getByTestId('card-quoted').textContent()).toBe('Please add my WhatsApp +86 186 1234 5678');
  });

  it('tracks a rectification case from chat and lists it with "tasks"', async () => {
    const tracked = await ask('track rectification P123 flagged 2022-04-28');
    expect(await tracked.textContent()).toContain('P123');
    const listed = await ask('tasks');
    expect(await listed.textContent()).toContain('P123');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/e2e-chat.png`, fullPage: true });
  });

  it('shows the tracked case in the reminders inbox and as an overdue marker on the dashboard', async () => {
    await page.getByTestId('tab-inbox').click();
    const item = page.locator('[data-testid="case-item"]', { hasText: 'P123' });
    await item.waitFor();
    // Flagged 2022-04-28 + 14 days: long overdue.
    expect(await item.getAttribute('class')).toContain('overdue');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/e2e-inbox.png`, fullPage: true });

    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('timeline-svg').waitFor();
    expect(await page.getByTestId('deadline-marker').count()).toBe(1);
    expect(await page.locator('[data-testid="deadline-marker"] circle').getAttribute('class')).toContain('overdue');
    // The blocked WhatsApp draft is a leak finding this week.
    await expect.poll(() => page.getByTestId('leak-bar').count()).toBeGreaterThan(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/e2e-dashboard.png`, fullPage: true });
  });

  it('marks the case done from the inbox, after which the dashboard has no open deadline', async () => {
    await page.getByTestId('tab-inbox').click();
    await page.locator('[data-testid="case-item"]', { hasText: 'P123' }).getByTestId('case-done').click();
    await page.locator('[data-testid="case-item"]', { hasText: 'P123' }).getByTestId('confirm-done-yes').click();
    await expect.poll(() => page.getByTestId('case-item').count(), { timeout: 10_000 }).toBe(0);
    const open = (await (await fetch(`${haili.url}/api/cases`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { cases: unknown[] };
    expect(open.cases).toEqual([]);
  });

  it('after a reload the conversation comes back from the stored inbox, each message once', async () => {
    await page.reload();
    await page.getByTestId('tab-chat').click();
    await expect.poll(() => page.getByTestId('msg-in').count()).toBe(4);
    const typed = await page.getByTestId('msg-in').locator('.bubble').allTextContents();
    expect(typed).toEqual(['待整改产品多久内要整改？', 'Please add my WhatsApp +86 186 1234 5678', 'track rectification P123 flagged 2022-04-28', 'tasks']);
    // Four answers plus the reply to the Done click.
    expect(await page.getByTestId('msg-out').count()).toBe(5);
  });
});

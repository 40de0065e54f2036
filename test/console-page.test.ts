/**
 * The console page's own behaviour in a real headless browser, against a small in-memory server that speaks
 * the console HTTP API (the end-to-end test against a real Haili is test/console-e2e.test.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consolePage } from '../src/server/console-page.js';
import { browserAvailable, launchBrowser } from './helpers/browser.js';

interface Entry {
  id: string;
  direction: 'in' | 'out';
  payload: { text: string; reply?: unknown; userId?: string };
  createdAt: string;
}
interface FakeCase { id: string; shortId: number; kind: string; subject: string; start: string; deadline: string; nudges: string[]; status: string }

const DAY = 86_400_000;
/** Set CONSOLE_SCREENSHOTS=/tmp/dir to save screenshots for a design review (never committed). */
const SHOTS = process.env.CONSOLE_SCREENSHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
const MAX_BODY = 64 * 1024;
const KINDS = ['rectification', 'violation-fix', 'offsite-strike', 'growth-tasks', 'live-recruiting'];

/** In-memory stand-in for the console API; replies are generic (a phone-like run of digits is flagged) so the page is what is tested. */
class FakeHaili {
  entries: Entry[] = [];
  actions: Record<string, unknown>[] = [];
  createdCases: Record<string, unknown>[] = [];
  cases: FakeCase[] = [];
  private seq = 0;
  private server = http.createServer((req, res) => void this.handle(req, res));
  url = '';

  constructor() {
    const now = Date.now();
    // Deliberately not in deadline order: the page must sort.
    this.addCase('rectification', 'P-later', now + 10 * DAY);
    this.addCase('violation-fix', 'Shop-overdue', now - 2 * DAY);
    this.addCase('growth-tasks', 'Shop-soon', now + 2 * DAY);
  }

  addCase(kind: string, subject: string, deadline: number): FakeCase {
    const shortId = this.cases.length + 1;
    const c = { id: `case-${shortId}`, shortId, kind, subject, start: new Date(deadline - 14 * DAY).toISOString().slice(0, 10), deadline: new Date(deadline).toISOString(), nudges: [], status: 'open' };
    this.cases.push(c);
    return c;
  }

  push(direction: 'in' | 'out', payload: Entry['payload']): Entry {
    this.seq += 1;
    const e: Entry = { id: `m${String(this.seq).padStart(5, '0')}`, direction, payload, createdAt: new Date(Date.UTC(2026, 0, 1) + this.seq * 1000).toISOString() };
    this.entries.push(e);
    return e;
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    if (!this.server.listening) return Promise.resolve();
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private replyFor(text: string): Entry['payload'] {
    const phone = /\+?\d[\d -]{6,}\d/.exec(text);
    if (phone) {
      const reply = {
        lang: 'en',
        kind: 'check',
        text: 'Blocked: contact details',
        card: {
          title: 'Block: this draft leaks contact details',
          tone: 'danger',
          body: 'Remove the highlighted part before sending.',
          fields: [{ label: 'Category', value: 'phone' }],
          quoted: { text, highlights: [{ start: phone.index, end: phone.index + phone[0].length, label: 'phone' }] },
          actions: [{ id: 'details', label: 'Why?', value: 'check-1' }],
          footer: 'Source: briefing line 12',
        },
      };
      return { text: reply.text, reply };
    }
    return { text: `Echo: ${text.slice(0, 50)}`, reply: { lang: 'en', kind: 'answer', text: `Echo: ${text.slice(0, 50)}` } };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      req.resume();
      return json(413, { error: 'Body too large.' });
    }
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(consolePage());
    if (route === 'GET /healthz') return json(200, { status: 'ok', database: { engine: 'pglite', ok: true }, adapters: { console: true }, llm: 'off' });
    if (route === 'GET /api/console/messages') {
      // As the real server: newer than `after`; else the newest page of 50, or the 50 before `before`.
      const after = url.searchParams.get('after');
      if (after) return json(200, { messages: this.entries.slice(this.entries.findIndex((e) => e.id === after) + 1) });
      const before = url.searchParams.get('before');
      const end = before ? this.entries.findIndex((e) => e.id === before) : this.entries.length;
      return json(200, { messages: this.entries.slice(Math.max(0, end - 50), Math.max(0, end)) });
    }
    if (route === 'POST /api/console/messages') {
      if (typeof body.text !== 'string') return json(400, { error: 'text required' });
      if (body.text === 'trigger a server fault') return json(500, { error: 'Internal error; nothing was lost, please retry.' });
      this.push('in', { text: body.text, userId: body.user });
      return json(200, { replies: [this.push('out', this.replyFor(body.text))] });
    }
    if (route === 'POST /api/console/actions') {
      this.actions.push(body);
      const c = this.cases.find((x) => x.id === body.value);
      if (c && body.action === 'done') c.status = 'done';
      if (c && body.action === 'snooze') c.deadline = new Date(Date.parse(c.deadline) + DAY).toISOString();
      const text = `${body.action} ok for ${body.value}`;
      return json(200, { replies: [this.push('out', { text, reply: { lang: 'en', kind: 'command', text } })] });
    }
    if (route === 'GET /api/dashboard') {
      return json(200, {
        deadlines: this.cases.filter((c) => c.status === 'open'),
        leaksByWeek: [
          { week: '2026-11-09', category: 'phone', count: 3 },
          { week: '2026-11-09', category: 'email', count: 1 },
          { week: '2026-11-16', category: 'phone', count: 2 },
          { week: '2026-11-23', category: 'wechat', count: 4 },
        ],
        declined: [{ question: 'What is the <b>meaning</b> of life?', lang: 'en', createdAt: new Date().toISOString() }],
        deadLetters: [{ caseId: 'case-9', subject: 'P-dead', platform: 'slack', error: 'channel_not_found', attempts: 5 }],
      });
    }
    if (route === 'POST /api/cases') {
      if (!KINDS.includes(body.kind) || !body.subject || !/^\d{4}-\d\d-\d\d$/.test(body.start ?? '')) return json(400, { error: 'subject: required' });
      this.createdCases.push(body);
      return json(201, this.addCase(body.kind, body.subject, Date.parse(`${body.start}T23:59:59Z`) + 14 * DAY));
    }
    json(404, { error: 'no route' });
  }
}

describe.skipIf(!browserAvailable())('console page in a browser', () => {
  let browser: Browser;
  let fake: FakeHaili;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async (ctx) => {
    fake = new FakeHaili();
    await fake.start();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    await page.goto(fake.url + '/');
    ctx.onTestFinished(async () => {
      await context.close();
      await fake.stop();
    });
  });

  it('sending a message shows the person’s text and the reply card with the leaked span highlighted, escaping HTML', async () => {
    const text = 'Hi <b>friend</b>, call me on +86 186 1234 5678 today';
    await page.getByTestId('chat-input').fill(text);
    await page.getByTestId('chat-input').press('Enter');

    const card = page.getByTestId('card');
    await card.waitFor();
    expect(await card.getAttribute('data-tone')).toBe('danger');
    expect(await page.getByTestId('card-title').textContent()).toBe('Block: this draft leaks contact details');
    expect(await page.getByTestId('highlight').textContent()).toBe('+86 186 1234 5678');
    // The draft's markup is shown as text, never parsed.
    expect(await page.getByTestId('card-quoted').textContent()).toBe(text);
    expect(await page.locator('[data-testid="card-quoted"] b').count()).toBe(0);
    expect(await page.getByTestId('msg-in').last().textContent()).toContain('<b>friend</b>');
    expect(await page.getByTestId('card-fields').textContent()).toContain('phone');
    // The title carries the tone colour (danger red).
    expect(await page.getByTestId('card-title').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(198, 40, 40)');
    expect(await page.getByTestId('chat-input').inputValue()).toBe('');

    // Polling must not duplicate what the reply already showed.
    await page.evaluate(() => (window as unknown as { __haili: { poll(): Promise<void> } }).__haili.poll());
    expect(await page.getByTestId('msg-in').count()).toBe(1);
    expect(await page.getByTestId('card').count()).toBe(1);
    await shot(page, 'page-chat');
  });

  it('Shift+Enter adds a new line instead of sending', async () => {
    const input = page.getByTestId('chat-input');
    await input.fill('line one');
    await input.press('Shift+Enter');
    await input.pressSequentially('line two');
    expect(await input.inputValue()).toBe('line one\nline two');
    expect(fake.entries.length).toBe(0);
  });

  it('a card action button posts the action with its value', async () => {
    await page.getByTestId('chat-input').fill('my number 13812345678');
    await page.getByTestId('send').click();
    await page.getByTestId('card-action').click();
    await page.getByText('details ok for check-1').waitFor();
    expect(fake.actions).toEqual([expect.objectContaining({ action: 'details', value: 'check-1', conversation: 'console', lang: 'en' })]);
  });

  it('a 413 error keeps the typed text in the box and shows a polite bilingual notice', async () => {
    const big = 'x'.repeat(100 * 1024);
    await page.getByTestId('chat-input').fill(big);
    await page.getByTestId('chat-input').press('Enter');
    const notice = page.getByTestId('chat-notice');
    await notice.waitFor({ state: 'visible' });
    const said = await notice.textContent();
    expect(said).toContain('too large');
    expect(said).toContain('内容过大');
    expect(await page.getByTestId('chat-input').inputValue()).toBe(big);
    expect(await page.getByTestId('msg-in').count()).toBe(0);
    expect(fake.entries.length).toBe(0);
  });

  it('a server fault or an unreachable server shows a notice and loses nothing; blank input is not sent', async () => {
    const input = page.getByTestId('chat-input');
    await input.fill('   \n  ');
    await input.press('Enter');
    await page.waitForTimeout(300);
    expect(fake.entries.length).toBe(0);

    await input.fill('trigger a server fault');
    await input.press('Enter');
    await page.getByTestId('chat-notice').getByText('something went wrong').waitFor();
    expect(await page.getByTestId('chat-notice').textContent()).toContain('出了点问题');
    expect(await input.inputValue()).toBe('trigger a server fault');

    await fake.stop();
    await input.fill('你好，还在吗？');
    await page.getByTestId('send').click();
    await page.getByTestId('chat-notice').getByText('Could not reach Haili').waitFor();
    expect(await input.inputValue()).toBe('你好，还在吗？');
    expect(await page.getByTestId('msg-in').count()).toBe(0);
    // The failing poll shows the lost connection in the header too.
    await expect.poll(() => page.getByTestId('health').textContent(), { timeout: 8000 }).toContain('Connection lost');
  });

  it('a proactive reminder put in the inbox appears through polling', async () => {
    await page.waitForTimeout(200);
    fake.push('out', { text: 'Reminder: P-later is due soon', reply: { lang: 'en', kind: 'reminder', text: 'Reminder: P-later is due soon', card: { title: 'Due in 3 days', tone: 'warning', body: 'P-later', actions: [{ id: 'done', label: 'Done', value: 'case-1' }] } } });
    await page.getByText('Due in 3 days').waitFor({ timeout: 8000 });
    expect(await page.getByTestId('card').getAttribute('data-tone')).toBe('warning');
  });

  it('the dashboard draws one timeline marker per open deadline, overdue in red, and the leak chart and lists', async () => {
    await page.getByTestId('tab-dashboard').click();
    const svg = page.getByTestId('timeline-svg');
    await svg.waitFor();
    const markers = page.getByTestId('deadline-marker');
    expect(await markers.count()).toBe(3);
    // The tab redraws the timeline when its reload lands: a marker read between the two draws is detached and has no
    // computed style, so the colour is polled until the drawn chart answers.
    const fillOf = (caseId: string) => () =>
      page.locator(`[data-testid="deadline-marker"][data-case-id="${caseId}"] circle`).evaluate((e) => getComputedStyle(e).fill);
    await expect.poll(fillOf('case-2'), { timeout: 8000 }).toBe('rgb(198, 40, 40)');
    await expect.poll(fillOf('case-1'), { timeout: 8000 }).toMatch(/^rgb/);
    expect(await fillOf('case-1')()).not.toBe('rgb(198, 40, 40)');
    // Four (week, category) rows give four stacked segments.
    expect(await page.getByTestId('leak-bar').count()).toBe(4);
    expect(await page.getByTestId('declined-item').textContent()).toContain('<b>meaning</b>');
    expect(await page.getByTestId('dead-letter-item').textContent()).toContain('channel_not_found');
    await shot(page, 'page-dashboard');
  });

  it('a long-overdue case is pinned to the timeline’s left edge instead of stretching the axis over years', async () => {
    fake.addCase('rectification', 'P-ancient', Date.now() - 600 * DAY);
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('timeline-svg').waitFor();
    // the tab was already open: its timeline is on screen while the click's reload is still under way
    await expect.poll(() => page.getByTestId('deadline-marker').count(), { timeout: 8000 }).toBe(4);
    // The chart is drawn at the width it is shown at; its viewBox says how wide that is.
    const W = Number((await page.getByTestId('timeline-svg').getAttribute('viewBox'))!.split(' ')[2]);
    const xs = await page.locator('[data-testid="deadline-marker"] circle').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(W);
    }
    const today = Number(await page.locator('[data-testid="timeline-svg"] line.today').getAttribute('x1'));
    // 600 days on a linear axis would squeeze the last ~10 days into the right 3%; pinned, today sits well inside.
    expect(today).toBeLessThan(W * 0.9);
    expect(today).toBeGreaterThan(W * 0.3);
    expect(await page.getByTestId('timeline-earlier').count()).toBe(1);
  });

  it('the reminders inbox lists open cases by deadline; Done and Snooze post the case id', async () => {
    await page.getByTestId('tab-inbox').click();
    await page.getByTestId('case-item').first().waitFor();
    await shot(page, 'page-inbox');
    const order = await page.getByTestId('case-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));
    expect(order).toEqual(['case-2', 'case-3', 'case-1']);

    await page.locator('[data-case-id="case-3"] [data-testid="case-snooze"]').click();
    await page.getByTestId('inbox-notice').getByText('snooze ok for case-3').waitFor();
    // Done asks once, in place; Cancel puts the buttons back without posting anything.
    await page.locator('[data-case-id="case-2"] [data-testid="case-done"]').click();
    await page.locator('[data-case-id="case-2"] [data-testid="confirm-done-cancel"]').click();
    expect(fake.actions).toHaveLength(1);
    await page.locator('[data-case-id="case-2"] [data-testid="case-done"]').click();
    await page.locator('[data-case-id="case-2"] [data-testid="confirm-done-yes"]').click();
    await page.getByTestId('inbox-notice').getByText('done ok for case-2').waitFor();
    await expect.poll(() => page.getByTestId('case-item').count()).toBe(2);
    expect(fake.actions.map((a) => [a.action, a.value])).toEqual([
      ['snooze', 'case-3'],
      ['done', 'case-2'],
    ]);
  });

  it('the new-case form posts to /api/cases and the case appears; a rejected form keeps its values', async () => {
    await page.getByTestId('tab-inbox').click();
    await page.getByTestId('case-kind').selectOption('live-recruiting');
    await page.getByTestId('case-subject').fill('Live 0501');
    await page.getByTestId('case-start').fill('2026-12-01');
    await page.getByTestId('case-submit').click();
    await page.locator('[data-testid="case-item"]', { hasText: 'Live 0501' }).waitFor();
    expect(fake.createdCases).toEqual([expect.objectContaining({ kind: 'live-recruiting', subject: 'Live 0501', start: '2026-12-01' })]);

    // Empty subject: refused in the page, nothing posted.
    await page.getByTestId('case-submit').click();
    await page.getByTestId('inbox-notice').getByText('fill in the subject').waitFor();
    expect(fake.createdCases.length).toBe(1);
  });

  it('a long history opens at the newest message and keeps the reader’s place while older pages load', async () => {
    const older = new FakeHaili();
    for (let i = 1; i <= 120; i++) older.push(i % 2 ? 'in' : 'out', { text: `history message ${i}` });
    await older.start();
    try {
      const p = await context.newPage();
      await p.goto(`${older.url}/?conversation=history`);
      await p.getByText('history message 120', { exact: true }).waitFor();
      // Only the newest page is loaded, and the view sits at its end.
      expect(await p.locator('.msg[data-id]').count()).toBe(50);
      const atEnd = await p.getByTestId('messages').evaluate((m) => m.scrollHeight - m.scrollTop - m.clientHeight);
      expect(atEnd).toBeLessThan(5);
      // Scrolling to the top loads the page before; the message that was at the top stays where it was on screen.
      const marker = p.getByText('history message 71', { exact: true });
      await p.getByTestId('messages').evaluate((m) => { m.scrollTop = 0; });
      const yBefore = (await marker.boundingBox())!.y;
      await expect.poll(() => p.locator('.msg[data-id]').count()).toBe(100);
      const yAfter = (await marker.boundingBox())!.y;
      expect(Math.abs(yAfter - yBefore)).toBeLessThan(60);
      // Up again: the rest, then no more "load earlier".
      await p.getByTestId('messages').evaluate((m) => { m.scrollTop = 0; });
      await expect.poll(() => p.locator('.msg[data-id]').count()).toBe(120);
      await expect.poll(() => p.getByTestId('older').isHidden()).toBe(true);
      const texts = await p.locator('.msg[data-id] .bubble').allTextContents();
      expect(texts).toEqual(Array.from({ length: 120 }, (_, i) => `history message ${i + 1}`));
      await p.close();
    } finally {
      await older.stop();
    }
  });

  it('the language toggle switches the interface chrome between English and Chinese', async () => {
    expect(await page.getByTestId('send').textContent()).toBe('Send');
    await page.getByTestId('lang-toggle').click();
    expect(await page.getByTestId('send').textContent()).toBe('发送');
    expect(await page.getByTestId('tab-inbox').textContent()).toBe('提醒');
    await page.reload();
    expect(await page.getByTestId('send').textContent()).toBe('发送');
    if (SHOTS) {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.getByTestId('chat-input').fill('加我微信 abc12345，电话 13812345678');
      await page.getByTestId('send').click();
      await page.getByTestId('card').waitFor();
      await shot(page, 'page-zh-mobile');
    }
  });
});

/**
 * The console's listing check: the API behind the paste area (several listings split by a line of ---, each recorded
 * as hash, verdict and kinds, never the text) and, in a real headless browser, the paste area and the results table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAdminApi } from '../src/server/admin-api.js';
import { createListingChecker, type ListingCheckRecord } from '../src/listing/index.js';
import type { ListingCheckStore } from '../src/db/listing-store.js';
import type { CoreStore } from '../src/db/store.js';
import type { ReminderEngine, ReminderService } from '../src/reminders/index.js';
import { buildApp } from '../src/server/http.js';
import type { Logger } from '../src/core/log.js';
import { browserAvailable, launchBrowser } from './helpers/browser.js';
import { startTestHaili } from './helpers/haili.js';
import type { RunningHaili } from '../src/app.js';

const BAIT = ['Human Hair Extension Flat Tip', '100 - 999 Grams\t1000 - 9999 Grams\t>=10000 Grams', '$1,500.00\t$1,400.00\t$13.50'].join('\n');
const HONEST = ['产品名称*\t不锈钢保温杯', '最小起订量*\t100\t件', '起订量（件）\tFOB价格（USD）', '≥100\t3.20', '≥500\t2.95', '≥2000\t2.70'].join('\n');

function apiWith(records: ListingCheckRecord[]) {
  const recorder = { recordListingCheck: async (r: ListingCheckRecord) => void records.push(r) } as unknown as ListingCheckStore;
  return createAdminApi({
    reminders: {} as ReminderService,
    store: {} as CoreStore,
    engine: {} as ReminderEngine,
    migrate: async () => [],
    listings: recorder,
    listingChecker: createListingChecker(),
  });
}

describe('listing check API behind the paste area', () => {
  it('checks each listing of a paste split by ---, and records hash, verdict and kinds without the text', async () => {
    const records: ListingCheckRecord[] = [];
    const r = await apiWith(records).checkListings!({ text: `${BAIT}\n---\n${HONEST}\n` });
    expect(r.status).toBe(200);
    const body = r.body as { results: { index: number; title: string | null; verdict: string; findings: { kind: string; fix: string; clause: string }[] }[]; atRisk: number };
    expect(body.results.map((x) => [x.index, x.title, x.verdict])).toEqual([
      [1, 'Human Hair Extension Flat Tip', 'risk'],
      [2, '不锈钢保温杯', 'ok'],
    ]);
    expect(body.results[0]!.findings[0]).toMatchObject({ kind: 'price_ladder' });
    expect(body.results[0]!.findings[0]!.fix.length).toBeGreaterThan(10);
    expect(body.results[0]!.findings[0]!.clause.length).toBeGreaterThan(5);
    expect(body.atRisk).toBe(1);
    expect(records.map((x) => [x.platform, x.verdict, x.kinds])).toEqual([
      ['console', 'risk', ['price_ladder']],
      ['console', 'ok', []],
    ]);
    expect(JSON.stringify(records)).not.toContain('保温杯');
  });

  it('is served at POST /api/listing/check through the server\'s own middleware', async () => {
    const log = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger;
    const app = buildApp({ console: {} as never, routes: [], log, health: async () => ({ ok: true, body: {} }), api: apiWith([]), draining: () => false });
    const res = await app.request('http://127.0.0.1/api/listing/check', { method: 'POST', headers: { 'content-type': 'application/json', host: '127.0.0.1' }, body: JSON.stringify({ text: BAIT }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: { verdict: string }[] }).results.map((r) => r.verdict)).toEqual(['risk']);
    const plain = await app.request('http://127.0.0.1/api/listing/check', { method: 'POST', headers: { 'content-type': 'text/plain', host: '127.0.0.1' }, body: BAIT });
    expect(plain.status).toBe(415);
  });

  it('answers 400 on a body without text, and on a paste with nothing in it', async () => {
    expect((await apiWith([]).checkListings!({ nope: 1 })).status).toBe(400);
    expect((await apiWith([]).checkListings!({ text: '  \n---\n ' })).status).toBe(400);
  });
});

const maybe = browserAvailable() ? describe : describe.skip;

maybe('console paste area and results table (headless browser, real Haili on PGlite)', () => {
  let haili: RunningHaili;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    haili = await startTestHaili('pglite', {}, { startEngine: false });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${haili.url}/#listing`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await haili?.stop();
  });

  it('shows one row per pasted listing, with verdict, finding, fix and clause, as text (never markup)', async () => {
    await page.getByTestId('tab-listing').click();
    await page.getByTestId('listing-input').fill(`${BAIT.replace('Human Hair', '<b>Human</b> Hair')}\n---\n${HONEST}`);
    await page.getByTestId('listing-check').click();
    await page.waitForSelector('[data-testid="listing-rows"] tr:nth-child(2)');
    const rows = await page.$$eval('[data-testid="listing-rows"] tr', (trs) => trs.map((tr) => [tr.getAttribute('data-verdict'), ...Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')]));
    expect(rows.map((r) => r[0])).toEqual(['risk', 'ok']);
    expect(rows[0]![2]).toBe('<b>Human</b> Hair Extension Flat Tip');
    expect(rows[0]![4]).toMatch(/阶梯价|tiers/);
    expect(rows[0]![5]!.length).toBeGreaterThan(10);
    expect(rows[0]![6]!.length).toBeGreaterThan(5);
    expect(await page.$$('[data-testid="listing-rows"] b')).toHaveLength(0);
    expect(await page.getByTestId('listing-summary').textContent()).toMatch(/2.*1/);
    // Recorded in the real database as hash, verdict and kinds; the listing text is nowhere in it.
    const recorded = await haili.db.prisma.listingCheck.findMany({ where: { platform: 'console' } });
    expect(recorded.map((r) => r.verdict).sort()).toEqual(['ok', 'risk']);
    expect(JSON.stringify(recorded)).not.toContain('保温杯');
  });

  it('asks for a paste instead of sending an empty one', async () => {
    await page.getByTestId('listing-input').fill('   ');
    await page.getByTestId('listing-check').click();
    expect(await page.getByTestId('listing-notice').isVisible()).toBe(true);
  });
});

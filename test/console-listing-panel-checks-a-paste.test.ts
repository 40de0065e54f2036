/**
 * The console's listing panel in a real browser against a real Haili (PGlite, LLM off): a pasted product page is
 * checked, the findings come back as a table (kind, numbers, briefing clause, fix) in the interface's language,
 * and the check is recorded as a hash, never the text. Bad input keeps the paste and explains itself.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningHaili } from '../src/app.js';
import { browserAvailable, launchBrowser } from './helpers/browser.js';
import { postJson, startTestHaili } from './helpers/haili.js';

const bakery = readFileSync(new URL('../corpus/listings/briefing/bakery-sku.txt', import.meta.url), 'utf8');

describe.skipIf(!browserAvailable())('console listing panel', () => {
  let browser: Browser;
  let haili: RunningHaili;
  let page: Page;

  beforeAll(async () => {
    haili = await startTestHaili('pglite', {}, { startEngine: false });
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } })).newPage();
    await page.goto(`${haili.url}/#listing`);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await haili?.stop();
  });

  it('a pasted product page gets a verdict and a table row per finding, with the clause and the fix', async () => {
    await page.getByTestId('tab-listing').click();
    await page.getByTestId('listing-input').fill(bakery);
    await page.getByTestId('listing-check').click();
    const verdict = page.getByTestId('listing-verdict');
    await expect.poll(() => verdict.getAttribute('data-verdict'), { timeout: 30_000 }).toBe('risk');
    const row = page.locator('[data-testid="listing-table"] tbody tr[data-kind="sku_filler"]');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toContain('Thank you card');
    expect(cells[2]).toContain('滥用SKU设置功能');
    expect(cells[3]).toContain('$0.23–$4.92');
    // The paste is still there to edit and check again.
    expect(await page.getByTestId('listing-input').inputValue()).toBe(bakery);
  });

  it('the table follows the interface language', async () => {
    await page.getByTestId('lang-toggle').click();
    const headers = await page.locator('[data-testid="listing-table"] th').allTextContents();
    expect(headers).toEqual(['Kind', 'What is wrong', 'Briefing clause', 'Fix']);
    const kind = await page.locator('[data-testid="listing-table"] tbody tr[data-kind="sku_filler"] td').first().textContent();
    expect(kind).toBe('Filler SKU priced off normal');
    await page.getByTestId('lang-toggle').click();
  });

  it('an empty paste is refused on the page, and text without prices says what to paste', async () => {
    await page.getByTestId('listing-clear').click();
    await page.getByTestId('listing-check').click();
    await expect.poll(() => page.getByTestId('listing-notice').isVisible()).toBe(true);
    await page.getByTestId('listing-input').fill('请问这个产品可以定制颜色吗？');
    await page.getByTestId('listing-check').click();
    await expect.poll(() => page.getByTestId('listing-verdict').getAttribute('data-verdict'), { timeout: 30_000 }).toBe('no_listing');
    expect(await page.getByTestId('listing-notes').textContent()).toContain('没有找到价格');
  });

  it('each check is recorded by hash, verdict and kinds; the API refuses a body without text', async () => {
    const rows = await haili.db.prisma.listingCheck.findMany();
    expect(rows.some((r) => r.verdict === 'risk' && r.kinds.includes('sku_filler') && r.platform === 'console')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Thank you card');
    const bad = await postJson(`${haili.url}/api/listing/check`, { lines: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/Send \{"text"/);
  });
});

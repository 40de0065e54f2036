import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let warned = false;

/**
 * Whether headless Chromium is installed. Outside CI a missing browser skips the browser tests with a
 * visible notice; under CI=true it is a failure, never a silent skip.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`CI: Chromium is required at ${CHROMIUM_PATH} (set CHROMIUM_PATH) but is missing`);
  if (!warned) {
    warned = true;
    console.warn(`[notice] Chromium not found at ${CHROMIUM_PATH}: console browser tests are SKIPPED (apt-get install -y chromium)`);
  }
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

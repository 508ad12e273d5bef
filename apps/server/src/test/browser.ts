import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Shared by the browser tests: Debian's Chromium, the built client, waits, axe and screenshots. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CLIENT_DIST = resolve(__dirname, '../../../client/dist');
const SHOTS = resolve(__dirname, '../../test-results/screenshots');
/** Every single wait (element, poll) gives up after this. */
export const WAIT_MS = 10_000;

/** Fails with the command to run when Chromium or the built client is missing; then launches Chromium. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\``);
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`The client is not built (${join(CLIENT_DIST, 'index.html')} is missing): run \`cd apps/client && npx vite build\``);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh context (another person), collecting page errors into `errors`. */
export async function newPageIn(browser: Browser | undefined, who: string, errors: string[]): Promise<Page> {
  if (!browser) throw new Error('Chromium is not running');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}`));
  return page;
}

/** Polls `read` until `ok` holds; fails with the last value seen. */
export async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Saves a full-page screenshot and fails on any serious or critical axe-core violation. */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Through the real login page, landing on the student list; with `who`, both pages are checked too. */
export async function signIn(page: Page, baseUrl: string, email: string, who?: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').waitFor();
  if (who) await checkPage(page, `${who}-login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('student-list').waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  if (who) await checkPage(page, `${who}-students`);
}

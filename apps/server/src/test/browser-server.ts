import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';

/**
 * Debian's Chromium, as every browser test drives it (playwright cannot download a browser here): its
 * headless shell (package chromium-headless-shell: the same engine without the browser's own UI, about
 * a quarter less CPU for the same test) where installed, else the full browser in headless mode.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-gpu-compositing',
  '--disable-software-rasterizer',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CLIENT_DIST = resolve(__dirname, '../../../client/dist');
/** Where jest's global setup publishes the one Chromium of the run; spec files connect to it. */
export const BROWSER_ENDPOINT_ENV = 'IEP_TEST_BROWSER_WS';

interface Holder {
  iepBrowserServer?: BrowserServer;
}

/**
 * Launches Chromium once for the whole run (jest global setup) when browser tests are among the
 * tests and Chromium and the built client are there; each spec file then takes fresh contexts in it.
 * Otherwise the browser tests launch their own (and say what is missing).
 */
export async function startRunBrowser(patterns: readonly string[]): Promise<void> {
  const wantsBrowser = patterns.length === 0 || patterns.some((p) => /e2e|browser/i.test(p));
  if (!wantsBrowser || !existsSync(CHROMIUM) || !existsSync(join(CLIENT_DIST, 'index.html'))) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  (globalThis as Holder).iepBrowserServer = server;
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
}

/** Closes the run's Chromium (jest global teardown). */
export async function stopRunBrowser(): Promise<void> {
  const holder = globalThis as Holder;
  await holder.iepBrowserServer?.close();
  holder.iepBrowserServer = undefined;
  delete process.env[BROWSER_ENDPOINT_ENV];
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Result, run } from 'axe-core';
import { chromium, type Browser, type Download, type Locator, type Page } from 'playwright-core';
import type { AppConfig } from '../config';
import { BROWSER_ENDPOINT_ENV, CHROMIUM, CHROMIUM_ARGS, CLIENT_DIST } from './browser-server';
import { TEST_STORE } from './factories';
import { freshStore, startApp, type StoreKind, type TestApp } from './test-app';

/** Shared by the browser tests: Debian's Chromium, the built client, waits, axe and screenshots. */
export { CHROMIUM, CLIENT_DIST };
const SHOTS = resolve(__dirname, '../../test-results/screenshots');
/**
 * Every single wait (element, poll) gives up after this. It is a limit for a failure, not a pause:
 * a wait ends as soon as its element or state is there. Beside two other test workers, typecheck
 * and Chromium on a slow 2-core machine, one step of a browser test has taken over 10 s.
 */
export const WAIT_MS = 30_000;
/** A browser test's own limit: a whole road of several people and screens took 190 s on a loaded 2-core machine. */
export const BROWSER_TEST_MS = 360_000;

/** Fails with the command to run when Chromium or the built client is missing; then connects to (or launches) Chromium. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium-headless-shell\``,
    );
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(
      `The client is not built (${join(CLIENT_DIST, 'index.html')} is missing): run \`cd apps/client && npx vite build\``,
    );
  }
  // The run's one Chromium (see browser-server.ts) when global setup started it; closing a connected
  // browser closes this file's contexts and leaves Chromium to the next file.
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * How a file's people browse. By default they ask for reduced motion (the app then opens dialogs
 * without transitions, and Chromium paints no animation frames) and no service worker runs (each
 * new person would precache the whole app shell); the suites that test those ask for them.
 */
export interface BrowsingOptions {
  /** Run the app's service worker (offline work). */
  serviceWorker?: boolean;
  /** Browse without asking for reduced motion: the app's transitions run as most people see them. */
  fullMotion?: boolean;
}

/** A fresh context (another person), collecting page errors into `errors`. */
export async function newPageIn(
  browser: Browser | undefined,
  who: string,
  errors: string[],
  options: BrowsingOptions = {},
): Promise<Page> {
  if (!browser) throw new Error('Chromium is not running');
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorker === true ? 'allow' : 'block',
    reducedMotion: options.fullMotion === true ? 'no-preference' : 'reduce',
  });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}`));
  return page;
}

/** What the transition check reads in the page (the server's types have no DOM). */
interface PageStyles {
  getComputedStyle(element: unknown): { transitionDuration: string };
}

/** The computed transition duration of an element (a dialog: `0s` when it opens without one). */
export function transitionOf(element: Locator): Promise<string> {
  return element.evaluate((el) => (globalThis as unknown as PageStyles).getComputedStyle(el).transitionDuration);
}

/** Polls `read` until `ok` holds; fails with the last value seen. */
export async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** axe-core's browser build, injected once into each page that is checked. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The part of axe-core's rule data the lean run reads (its audit, present since axe-core 3). */
interface AxeAudit {
  rules: { id: string; impact?: string; any: AxeCheckRef[]; all: AxeCheckRef[]; none: AxeCheckRef[] }[];
  data: { checks: Record<string, { impact?: string } | undefined> };
}
type AxeCheckRef = string | { id: string };
interface AxeInPage {
  run: typeof run;
  _audit?: AxeAudit;
}

/**
 * In the page: the rules that can only ever report a minor or moderate violation (their own impact
 * and every check's), which `checkPage` would not fail on. Not running them saves a sixth of each
 * check (region and hidden-content walk the whole page); an axe without the audit data runs all.
 */
export function rulesBelowSerious(): Record<string, { enabled: false }> {
  const audit = (globalThis as unknown as { axe: AxeInPage }).axe._audit;
  const belowSerious = (impact: string | undefined) =>
    impact === undefined || impact === 'minor' || impact === 'moderate';
  const off: Record<string, { enabled: false }> = {};
  for (const rule of audit?.rules ?? []) {
    const checks = [...rule.any, ...rule.all, ...rule.none].map((c) => (typeof c === 'string' ? c : c.id));
    const impacts = [rule.impact, ...checks.map((id) => audit?.data.checks[id]?.impact)];
    if (rule.impact !== undefined && impacts.every(belowSerious)) off[rule.id] = { enabled: false };
  }
  return off;
}

/** Injects axe-core into the page unless it is there already. */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
}

/** The rules left out, read from the first page checked (the same axe-core build everywhere). */
let rulesLeftOut: Record<string, { enabled: false }> | undefined;

/**
 * Runs axe-core in the page itself. Injecting the engine once per page and asking only for
 * violations takes a tenth of what @axe-core/playwright's per-call injection and cross-frame
 * finish (in a blank page of its own) take; the pages have no frames, so nothing is missed.
 */
async function axeViolations(page: Page): Promise<Result[]> {
  await injectAxe(page);
  rulesLeftOut ??= await page.evaluate(rulesBelowSerious);
  const rules = rulesLeftOut;
  return page.evaluate(async (off) => {
    const engine = (globalThis as unknown as { axe: AxeInPage }).axe;
    const results = await engine.run('html', { resultTypes: ['violations'], rules: off });
    return results.violations;
  }, rules);
}

/**
 * With `SCREENSHOTS=1`, saves a picture of a page (whole, or the window only) or of one element to
 * test-results/screenshots/<name>.png, for a person to judge the screen. Off by default: a
 * full-page picture costs Chromium about half a second of CPU, and no test reads it.
 */
export async function saveScreenshot(target: Page | Locator, name: string, fullPage = true): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage });
  else await target.screenshot({ path });
}

/** What the settle check reads in the page (the server's types have no DOM). */
interface PageAnimations {
  document: {
    getAnimations(): { playState: string; effect: { getComputedTiming(): { endTime?: number | string } } | null }[];
  };
}

/** In the page: whether every animation or transition that ends (a dialog fading in) has ended. */
function animationsSettled(): boolean {
  const animations = (globalThis as unknown as PageAnimations).document.getAnimations();
  return animations.every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity);
}

/**
 * Fails on any serious or critical axe-core violation (and saves a screenshot, see `saveScreenshot`).
 * Checked once transitions have ended: a dialog still fading in has its text blended with the page
 * behind it, which axe reads as too little contrast.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForFunction(animationsSettled);
  await saveScreenshot(page, name);
  const violations = await axeViolations(page);
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${name}: [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
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

/** One spec file's app (in-process, PGlite, serving the built client) and Chromium, from `browserSuite`. */
export interface BrowserSuite {
  /** The running app; fails when it is not running. */
  app(): TestApp;
  /** The running Chromium; fails when it is not running. */
  browser(): Browser;
  /** The store the app runs on (kept across `restart`). */
  store(): Partial<AppConfig>;
  /** Page errors of every page opened with `newPage`. */
  pageErrors: string[];
  /** A fresh context (another person) in the running Chromium, collecting into `pageErrors`. */
  newPage(who: string): Promise<Page>;
  /** Closes this file's Chromium connection, stops the app and starts it again on the same store; the connection stays closed. */
  restart(): Promise<TestApp>;
  /** Connects to (or launches) Chromium again (after `restart`). */
  relaunchBrowser(): Promise<Browser>;
}

/** A browser suite's store (TEST_STORE unless the file asks for one) and how its people browse. */
export interface BrowserSuiteOptions extends BrowsingOptions {
  store?: StoreKind;
}

/**
 * Registers the spec file's `beforeAll` (a fresh store, the app serving the built client,
 * Chromium) and `afterAll` (closes both), and returns accessors to them.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  const kind = options.store ?? TEST_STORE;
  jest.setTimeout(BROWSER_TEST_MS);
  let store: Partial<AppConfig> | undefined;
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  const storeOf = (): Partial<AppConfig> => {
    if (!store) throw new Error('The store is not ready');
    return store;
  };

  // A boot beside another worker's browser test on 2 cores can pass jest's 60 s for a hook.
  beforeAll(async () => {
    store = await freshStore(kind);
    app = await startApp(store, { clientDist: CLIENT_DIST });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.stop().catch(() => undefined);
  }, 60_000);

  return {
    app() {
      if (!app) throw new Error('The app is not running');
      return app;
    },
    browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
    store: storeOf,
    pageErrors,
    newPage: (who) => newPageIn(browser, who, pageErrors, options),
    async restart() {
      await browser?.close();
      browser = undefined;
      if (!app) throw new Error('The app is not running');
      await app.stop();
      app = undefined;
      app = await startApp(storeOf(), { clientDist: CLIENT_DIST });
      return app;
    },
    async relaunchBrowser() {
      browser = await launchChromium();
      return browser;
    },
  };
}

/** Signs in through the login page (see `signIn`) and opens the student's OT section from the student list. */
export async function openSection(page: Page, baseUrl: string, email: string, student = 'Mateo Reyes'): Promise<void> {
  await signIn(page, baseUrl, email);
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
}

/** What the caret check reads in the page (the server's types have no DOM): Tiptap's editor on its element. */
interface PageCaret {
  editor?: { state: { selection: { head: number } }; view: { posAtDOM: (node: unknown, offset: number) => number } };
}
interface PageSelection {
  document: { getSelection: () => { focusNode: unknown; focusOffset: number } | null };
}

/** In the page: whether the Tiptap editor on `element` has the page's caret as its own. */
function caretSettled(element: unknown): boolean {
  const tiptap = (element as PageCaret).editor;
  const dom = (globalThis as unknown as PageSelection).document.getSelection();
  if (!tiptap || !dom?.focusNode) return false;
  return tiptap.view.posAtDOM(dom.focusNode, dom.focusOffset) === tiptap.state.selection.head;
}

/**
 * Presses a key that moves the caret (Control+Home, End…) in a rich-text editor and waits until the
 * editor has taken in where the caret went. The browser moves the caret itself and the editor reads
 * it from a later `selectionchange` event: a command key (Delete, Backspace) pressed before that
 * acts at the old place.
 */
export async function moveCaret(page: Page, editor: Locator, key: string): Promise<void> {
  await page.keyboard.press(key);
  await eventually(
    `the editor to take in the caret after ${key}`,
    () => editor.evaluate(caretSettled),
    (settled) => settled === true,
  );
}

/** A file the browser downloaded, whole. */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Clicks `link` and answers the file it downloads. */
export async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return downloaded(file);
}

import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppConfig } from '../config';
import { api, freshStore, login, startApp, type TestApp } from '../test/test-app';

/**
 * Structured goals end to end: the built client served by the real server, two people typing at
 * once into different fields of one goal, the live measurability badge, and a server restart.
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CLIENT_DIST = resolve(__dirname, '../../../client/dist');
const SHOTS = resolve(__dirname, '../../test-results/screenshots');
const OT = { email: 'ot@demo.school', name: 'Olivia Torres' };
const TEACHER = { email: 'teacher@demo.school', name: 'Tom Baker' };
const CRITERION = 'in 4 of 5 trials';
const CONDITION = 'given a slant board';
const REST = {
  baseline: 'Copies 2 of 5 words legibly.',
  behavior: 'copies a 5-word sentence legibly',
  timeframe: 'by the annual review',
  measurement: 'work samples',
} as const;
const WAIT_MS = 10_000;
const TEST_MS = 120_000;

let store: Partial<AppConfig>;
let app: TestApp | undefined;
let browser: Browser | undefined;
const pageErrors: string[] = [];
let sectionId = '';

function running(): TestApp {
  if (!app) throw new Error('The app is not running');
  return app;
}

async function newPage(who: string): Promise<Page> {
  if (!browser) throw new Error('Chromium is not running');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
  return page;
}

async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(serious).toEqual([]);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${running().baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('student-list').waitFor();
}

async function openSection(page: Page, student: string): Promise<string> {
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await page.getByTestId('goals-panel').waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

function field(page: Page, name: string) {
  return page.getByTestId('goal-card').first().getByTestId(`goal-${name}`);
}

function values(pages: Page[], name: string): Promise<string[]> {
  return Promise.all(pages.map((page) => field(page, name).inputValue()));
}

function badges(pages: Page[]): Promise<string[]> {
  return Promise.all(pages.map(async (page) => (await page.getByTestId('goal-measurability').first().textContent()) ?? ''));
}

function states(pages: Page[]): Promise<(string | null)[]> {
  return Promise.all(pages.map((page) => page.getByTestId('connection-state').getAttribute('data-state')));
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).click();
  await page.keyboard.type(text, { delay: 35 });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\``);
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`The client is not built (${join(CLIENT_DIST, 'index.html')} is missing): run \`cd apps/client && npx vite build\``);
  }
  store = await freshStore('pglite');
  app = await startApp(store, { clientDist: CLIENT_DIST });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await app?.stop().catch(() => undefined);
}, 60_000);

describe('editing a structured goal together in real browsers', () => {
  it('keeps both people typing into different fields of one goal, and the badge follows the fields', async () => {
    const [ot, teacher] = await Promise.all([newPage('ot'), newPage('teacher')]);
    await Promise.all([signIn(ot, OT.email), signIn(teacher, TEACHER.email)]);
    const [otSection, teacherSection] = await Promise.all([openSection(ot, 'Mateo Reyes'), openSection(teacher, 'Mateo Reyes')]);
    expect(teacherSection).toBe(otSection);
    sectionId = otSection;
    await eventually('both pages saved before adding', () => states([ot, teacher]), (s) => s.every((x) => x === 'saved'));

    await ot.getByRole('button', { name: 'Add goal' }).click();
    for (const page of [ot, teacher]) await eventually('one goal card', () => page.getByTestId('goal-card').count(), (n) => n === 1);
    expect(await badges([ot, teacher])).toEqual([expect.stringContaining('Not yet measurable'), expect.stringContaining('Not yet measurable')]);
    expect((await badges([ot]))[0]).toContain('no criterion');

    await Promise.all([typeInto(ot, 'criterion', CRITERION), typeInto(teacher, 'condition', CONDITION)]);

    await eventually('both values on both pages', async () => [...(await values([ot, teacher], 'criterion')), ...(await values([ot, teacher], 'condition'))],
      (v) => v[0] === CRITERION && v[1] === CRITERION && v[2] === CONDITION && v[3] === CONDITION);
    // Still not measurable (baseline, behaviour, ... are empty), but no longer for the criterion or the condition.
    const partly = await eventually('the badge to drop the filled fields', () => badges([ot, teacher]),
      (b) => b.every((x) => x.includes('Not yet measurable') && !x.includes('no criterion') && !x.includes('no condition')));
    expect(partly[0]).toContain('no baseline');

    for (const [name, text] of Object.entries(REST)) await typeInto(ot, name, text);
    await eventually('Measurable on both pages', () => badges([ot, teacher]), (b) => b.every((x) => x.includes('Measurable') && !x.includes('Not yet')));
    const okItem = teacher.getByTestId('compliance-panel').getByText('Goal 1 is measurable.');
    await okItem.waitFor();
    await eventually('both pages saved after typing', () => states([ot, teacher]), (s) => s.every((x) => x === 'saved'));

    await checkPage(ot, 'ot-goal');
    await checkPage(teacher, 'teacher-goal');
    expect(pageErrors).toEqual([]);
  }, TEST_MS);

  it('keeps the goal across a server restart', async () => {
    expect(sectionId).not.toBe('');
    await browser?.close();
    browser = undefined;
    await running().stop();
    app = undefined;
    app = await startApp(store, { clientDist: CLIENT_DIST });

    const staff = await login(app, OT.email);
    const res = await api(app, `/api/sections/${sectionId}`, { token: staff.token });
    expect(res.status).toBe(200);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await newPage('ot-after-restart');
    await signIn(page, OT.email);
    await openSection(page, 'Mateo Reyes');
    await eventually('the goal after the restart', () => page.getByTestId('goal-card').count(), (n) => n === 1);
    expect(await values([page], 'criterion')).toEqual([CRITERION]);
    expect(await values([page], 'condition')).toEqual([CONDITION]);
    expect(await values([page], 'baseline')).toEqual([REST.baseline]);
    await eventually('Measurable after the restart', () => badges([page]), (b) => b[0] !== undefined && b[0].includes('Measurable') && !b[0].includes('Not yet'));
    await checkPage(page, 'ot-goal-after-restart');
    expect(pageErrors).toEqual([]);
  }, TEST_MS);
});

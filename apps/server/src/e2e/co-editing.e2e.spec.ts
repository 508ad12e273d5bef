import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as Y from 'yjs';
import { fragmentPlainText, type RichTextNode } from '@iep/shared';
import type { AppConfig } from '../config';
import { api, collabToken, connectProvider, freshStore, login, sectionOf, startApp, synced, type TestApp } from '../test/test-app';

/**
 * The real thing end to end: the built client served by the real server (in-process, PGlite),
 * driven by Debian's Chromium, two people typing into one OT section at once.
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CLIENT_DIST = resolve(__dirname, '../../../client/dist');
const SHOTS = resolve(__dirname, '../../test-results/screenshots');
const OT = { email: 'ot@demo.school', name: 'Olivia Torres' };
const TEACHER = { email: 'teacher@demo.school', name: 'Tom Baker' };
const PARENT = { email: 'parent@demo.school', name: 'Paula Reyes' };
const OT_TEXT = 'OT observed tripod grasp. ';
const TEACHER_TEXT = 'Teacher notes slow copying. ';
const AVA_SECRET = 'Ava private OT note 7731';
/** Every single wait (element, poll) gives up after this; the whole test after TEST_MS. */
const WAIT_MS = 10_000;
const TEST_MS = 90_000;

let store: Partial<AppConfig>;
let app: TestApp | undefined;
let browser: Browser | undefined;
const pageErrors: string[] = [];
/** Set by the co-editing test: the section both typed into, and the text they ended with. */
let mateoSectionId = '';
let coEditedText = '';

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

/** Polls `read` until `ok` holds; fails with the last value seen. */
async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Saves a full-page screenshot and fails on any serious or critical axe-core violation. */
async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Through the real login page, landing on the student list. */
async function signIn(page: Page, email: string, who: string): Promise<void> {
  await page.goto(`${running().baseUrl}/login`);
  await page.getByLabel('Email').waitFor();
  await checkPage(page, `${who}-login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('student-list').waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await checkPage(page, `${who}-students`);
}

async function openSection(page: Page, student: string): Promise<string> {
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await presentLevels(page).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The ProseMirror contenteditable of the "Present levels" editor. */
function presentLevels(page: Page) {
  return page.getByTestId('editor-presentLevels').locator('.ProseMirror');
}

/**
 * The editor's text as `fragmentPlainText` gives it (paragraphs joined by newlines), without the
 * remote carets' name labels, which are widgets inside the text.
 */
async function editorText(page: Page): Promise<string> {
  let text = (await presentLevels(page).locator(':scope > *').allTextContents()).join('\n');
  for (const caret of await caretLabels(page)) text = text.replace(caret, '');
  return text.replace(/\u2060/g, '');
}

function caretLabels(page: Page): Promise<string[]> {
  return presentLevels(page).locator('.collaboration-carets__caret').allTextContents();
}

async function typeInto(page: Page, text: string): Promise<void> {
  await presentLevels(page).click();
  await page.keyboard.type(text, { delay: 35 });
}

function states(pages: Page[]): Promise<(string | null)[]> {
  return Promise.all(pages.map((page) => page.getByTestId('connection-state').getAttribute('data-state')));
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

describe('co-editing the OT section in real browsers', () => {
  it("keeps both people's concurrent typing, shows each one's caret and presence to the other, and ends saved", async () => {
    const [ot, teacher] = await Promise.all([newPage('ot'), newPage('teacher')]);
    await Promise.all([signIn(ot, OT.email, 'ot'), signIn(teacher, TEACHER.email, 'teacher')]);
    const [otSection, teacherSection] = await Promise.all([openSection(ot, 'Mateo Reyes'), openSection(teacher, 'Mateo Reyes')]);
    expect(teacherSection).toBe(otSection);
    mateoSectionId = otSection;

    for (const page of [ot, teacher]) {
      await eventually('both names in the presence list', () => page.getByTestId('presence-user').allTextContents(),
        (names) => [OT.name, TEACHER.name].every((name) => names.some((entry) => entry.includes(name))));
      expect((await page.locator('.presence-bar__avatar').allTextContents()).sort()).toEqual(['OT', 'TB']);
    }
    await eventually('both pages connected and saved before typing', () => states([ot, teacher]), (s) => s.every((x) => x === 'saved'));

    await Promise.all([typeInto(ot, OT_TEXT), typeInto(teacher, TEACHER_TEXT)]);

    const [otText, teacherText] = await eventually('the same text, with both phrases, in both editors',
      () => Promise.all([editorText(ot), editorText(teacher)]),
      ([a, b]) => a === b && a.includes(OT_TEXT.trim()) && a.includes(TEACHER_TEXT.trim()));
    expect(otText).toBe(teacherText);
    coEditedText = otText;

    await eventually("Tom Baker's caret on the OT's page", () => caretLabels(ot), (labels) => labels.some((l) => l.includes(TEACHER.name)));
    await eventually("Olivia Torres's caret on the teacher's page", () => caretLabels(teacher), (labels) => labels.some((l) => l.includes(OT.name)));
    await eventually('both pages saved after typing', () => states([ot, teacher]), (s) => s.every((x) => x === 'saved'));

    await checkPage(ot, 'ot-section');
    await checkPage(teacher, 'teacher-section');
    expect(pageErrors).toEqual([]);
  }, TEST_MS);

  it("shows a parent only their own child's section, read-only, and never another student's by URL", async () => {
    // Ava (no parent on her team) gets content a parent must never see, through the real collab socket.
    const staff = await login(running(), OT.email);
    const avaSectionId = await sectionOf(running(), staff, 'Ava');
    const doc = new Y.Doc();
    const provider = connectProvider(running(), avaSectionId, await collabToken(running(), staff, avaSectionId), doc);
    try {
      await synced(provider);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(AVA_SECRET)]);
      doc.getXmlFragment('presentLevels').insert(0, [paragraph]);
      await eventually("Ava's section to hold the note", async () => {
        const res = await api(running(), `/api/sections/${avaSectionId}`, { token: staff.token });
        return fragmentPlainText((res.body as { content: { presentLevels: RichTextNode } }).content.presentLevels);
      }, (text) => text.includes(AVA_SECRET));
    } finally {
      provider.destroy();
    }

    const parent = await newPage('parent');
    await signIn(parent, PARENT.email, 'parent');
    const cards = await parent.getByTestId('student-card').allTextContents();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Mateo Reyes');
    expect(await parent.getByTestId('student-list').textContent()).not.toContain('Ava');

    await openSection(parent, 'Mateo Reyes');
    await parent.getByTestId('read-only-notice').waitFor();
    const editors = parent.locator('[data-testid^="editor-"] .ProseMirror');
    await eventually('four editors', () => editors.count(), (n) => n === 4);
    // A parent writes in their own concerns and the home strategies; the rest is read-only.
    const editable = await Promise.all([0, 1, 2, 3].map((i) => editors.nth(i).getAttribute('contenteditable')));
    expect(editable).toEqual(['false', 'true', 'false', 'true']);
    await parent.locator('[data-testid="editor-parentConcerns"] .ProseMirror').click();
    await parent.keyboard.type('He tires after ten minutes of writing.', { delay: 10 });
    await eventually('the parent’s words stored', async () => {
      const res = await api(running(), `/api/sections/${mateoSectionId}`, { token: staff.token });
      return fragmentPlainText((res.body as { content: { parentConcerns: RichTextNode } }).content.parentConcerns);
    }, (text) => text.includes('He tires after ten minutes of writing.'));
    await eventually(`${PARENT.name} in the presence list`, () => parent.getByTestId('presence-user').allTextContents(),
      (names) => names.some((n) => n.includes(PARENT.name)));
    await checkPage(parent, 'parent-section');

    await parent.goto(`${running().baseUrl}/sections/${avaSectionId}`);
    const error = parent.getByTestId('section-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/could not find this section|do not have access/);
    expect(await parent.locator('[data-testid^="editor-"]').count()).toBe(0);
    const body = (await parent.locator('body').textContent()) ?? '';
    expect(body).not.toContain(AVA_SECRET);
    expect(body).not.toContain('Ava');
    await checkPage(parent, 'parent-denied');
    expect(pageErrors).toEqual([]);
  }, TEST_MS);

  it('keeps the text typed in the browsers across a server restart', async () => {
    expect(mateoSectionId).not.toBe(''); // from the co-editing test
    await browser?.close();
    browser = undefined;
    await running().stop();
    app = undefined;
    app = await startApp(store, { clientDist: CLIENT_DIST });

    const staff = await login(app, OT.email);
    const res = await api(app, `/api/sections/${mateoSectionId}`, { token: staff.token });
    expect(res.status).toBe(200);
    const text = fragmentPlainText((res.body as { content: { presentLevels: RichTextNode } }).content.presentLevels);
    expect(text).toContain(OT_TEXT.trim());
    expect(text).toContain(TEACHER_TEXT.trim());
    expect(text).toBe(coEditedText);
  }, TEST_MS);
});

import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { z } from 'zod';
import { CollabServer } from '../../collab/collab.server';
import { browserSuite, checkPage, eventually, signIn } from '../browser';

/**
 * Offline that tells the truth (issue 18), in Chromium against the built client and the real
 * server: the section opened before the drop reloads and stays editable offline, its changes are
 * counted and reach the others when the connection returns; signing out leaves nothing of the
 * person on the device; a section locked while the device was offline hands the text back.
 */

const OT = 'ot@demo.school';
const TEACHER = 'teacher@demo.school';
/** Back online, the client reconnects with a growing backoff: on a busy machine the way back can pass one ordinary wait. */
const RECONNECT_MS = 30_000;

// The embedded default (PGlite), as the app starts on a fresh clone, under a real browser.
const suite = browserSuite({ store: 'pglite', serviceWorker: true });

/**
 * Cuts one person's network: the browser goes offline (new sockets and the service worker's
 * fetches fail, as Chromium emulates it) and the sockets already open are closed.
 */
async function cuttable(context: BrowserContext) {
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/(collab|socket\.io)\//, (ws) => {
    ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
  });
  return {
    async goOffline(): Promise<void> {
      await context.setOffline(true);
      for (const ws of [...open]) await ws.close({ code: 1001, reason: 'offline' });
    },
    goOnline: (): Promise<void> => context.setOffline(false),
  };
}

function editor(page: Page) {
  return page.getByTestId('editor-presentLevels').locator('.ProseMirror');
}

async function openSection(page: Page, student: string): Promise<string> {
  await page.getByRole('link', { name: `Open OT section for ${student}, IEP` }).click();
  await page.waitForURL(/\/sections\/[0-9a-f-]+$/);
  await editor(page).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 20 });
}

const badge = (page: Page) => page.getByTestId('connection-state');

async function waitForState(page: Page, state: string, who: string): Promise<void> {
  await eventually(
    `${who}: ${state}`,
    () => badge(page).getAttribute('data-state'),
    (s) => s === state,
  );
}

/**
 * Runs `source` (an async function of one JSON argument, as text: this file is compiled without
 * the DOM's types) in the page, and checks what it returns.
 */
async function inPage<T>(page: Page, source: string, arg: unknown, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(await page.evaluate(`(${source})(${JSON.stringify(arg)})`));
}

/** 'kept', or where the worker stands (so that a failed wait says which step never came). */
const KEPT_SECTION = `async (id) => {
  const registration = await navigator.serviceWorker.getRegistration('/');
  const worker = (w) => (w === null || w === undefined ? '-' : w.state);
  const where = registration === undefined ? 'not registered'
    : 'installing ' + worker(registration.installing) + ', waiting ' + worker(registration.waiting) + ', active ' + worker(registration.active);
  if (navigator.serviceWorker.controller === null) return 'not controlled (' + where + ')';
  const cache = await caches.open('iep-api');
  if ((await cache.match('/api/sections/' + id)) === undefined) return 'controlled, section not kept';
  return 'kept';
}`;

/** The service worker controls the page and keeps the section's answer (the page can reload offline). */
async function keptForOffline(page: Page, sectionId: string): Promise<void> {
  await eventually(
    'the section kept by the service worker',
    () => inPage(page, KEPT_SECTION, sectionId, z.string()),
    (state) => state === 'kept',
  );
}

const DEVICE_CONTENTS = `async () => {
  const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
  const names = await caches.keys();
  const api = names.includes('iep-api') ? await caches.open('iep-api') : null;
  const urls = api === null ? [] : (await api.keys()).map((r) => new URL(r.url).pathname);
  const text = async (key) => (api === null ? null : ((await (await api.match(key))?.text()) ?? null));
  return { databases, caches: names, urls, owner: await text('/__iep/owner'), me: await text('/api/auth/me') };
}`;

const deviceSchema = z.object({
  databases: z.array(z.string()),
  caches: z.array(z.string()),
  urls: z.array(z.string()),
  owner: z.string().nullable(),
  me: z.string().nullable(),
});

/** What the device holds: IndexedDB databases, and the URLs and owner of the kept API answers. */
function deviceContents(page: Page) {
  return inPage(page, DEVICE_CONTENTS, null, deviceSchema);
}

/** The header the worker stamps on answers it keeps: set only when the page got the kept copy. */
const ME_FROM_CACHE = `async () => (await fetch('/api/auth/me')).headers.get('x-iep-stored-at')`;
const MY_ID = `async () => (await (await fetch('/api/auth/me')).json()).user.id`;

describe('offline work in a real browser', () => {
  it('keeps what was typed offline through a reload offline, counts it, and delivers it to the other person on return', async () => {
    // The worker is checked on every load (a new release, or OFFLINE_STORAGE=false, reaches browsers at once).
    const worker = await fetch(`${suite.app().baseUrl}/sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(await worker.text()).toContain('const PRECACHE = ["/assets/');
    const ot = await suite.newPage('ot');
    const teacher = await suite.newPage('teacher');
    const net = await cuttable(ot.context());
    await signIn(ot, suite.app().baseUrl, OT);
    await signIn(teacher, suite.app().baseUrl, TEACHER);
    const sectionId = await openSection(ot, 'Mateo Reyes');
    await openSection(teacher, 'Mateo Reyes');
    await typeAtEnd(ot, ' Online words.');
    await waitForState(ot, 'saved', 'ot');
    await keptForOffline(ot, sectionId);

    await net.goOffline();
    await waitForState(ot, 'offline', 'ot offline');
    await typeAtEnd(ot, ' Typed offline.');
    await eventually(
      'the badge counts the offline changes',
      () => badge(ot).textContent(),
      (t) => /^Offline — \d+ changes? kept on this device$/.test(t ?? ''),
    );

    // Reload with no network: the shell and the section come from the device.
    await ot.reload();
    await editor(ot).waitFor();
    await eventually(
      'the offline text after the reload',
      () => editor(ot).textContent(),
      (t) => (t ?? '').includes('Typed offline.'),
    );
    // Served from the worker's cache: the network is really gone for it too.
    const fromCache = await inPage(ot, ME_FROM_CACHE, null, z.string().nullable());
    expect(fromCache).not.toBeNull();
    expect(await ot.getByTestId('editor-presentLevels').getAttribute('data-editable')).toBe('true');
    await typeAtEnd(ot, ' After the reload.');
    const pending = Number(await badge(ot).getAttribute('data-pending'));
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(await badge(ot).textContent()).toBe(`Offline — ${pending} changes kept on this device`);
    await ot.setViewportSize({ width: 720, height: 900 });
    await checkPage(ot, 'offline-ot-reloaded-offline');
    expect(await editor(teacher).textContent()).not.toContain('Typed offline.');

    await net.goOnline();
    await waitForState(ot, 'saved', 'ot back online');
    await eventually(
      'the offline text at the teacher',
      () => editor(teacher).textContent(),
      (t) => /Typed offline\.[\s\S]*After the reload\./.test(t ?? ''),
    );
    expect(await badge(ot).getAttribute('data-pending')).toBe('0');
    await teacher.setViewportSize({ width: 720, height: 900 });
    await checkPage(teacher, 'offline-teacher-received');
    expect(suite.pageErrors).toEqual([]);
    await Promise.all([ot.context().close(), teacher.context().close()]);
  });

  it('deletes the person’s documents and kept answers when they sign out; the next person finds nothing of theirs', async () => {
    const page = await suite.newPage('shared-computer');
    await signIn(page, suite.app().baseUrl, OT);
    const otId = await inPage(page, MY_ID, null, z.string());
    const sectionId = await openSection(page, 'Mateo Reyes');
    await typeAtEnd(page, ' Shared computer.');
    await waitForState(page, 'saved', 'ot');
    await keptForOffline(page, sectionId);
    const before = await deviceContents(page);
    expect(before.databases).toContain(`iep-doc/${otId}/${sectionId}`);
    expect(before.urls).toContain(`/api/sections/${sectionId}`);
    expect(before.owner).toBe(otId);

    await page.getByTestId('sign-out').click();
    await page.getByLabel('Email').waitFor();
    await eventually(
      'nothing of the OT left on the device',
      () => deviceContents(page),
      (d) => !d.databases.some((name) => name.includes(otId)) && d.urls.length === 0,
    );

    // The next person, at the same browser (from the start page: the sign-in form otherwise
    // returns to the page the last person was on, which the server checks for the new person).
    await page.goto(`${suite.app().baseUrl}/`);
    await page.getByLabel('Email').fill(TEACHER);
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('student-list').waitFor();
    const teacherSection = await openSection(page, 'Mateo Reyes');
    await waitForState(page, 'saved', 'teacher');
    await keptForOffline(page, teacherSection);
    const after = await deviceContents(page);
    expect(after.databases.filter((n) => n.startsWith('iep-doc/'))).toEqual([
      expect.stringMatching(new RegExp(`^iep-doc/(?!${otId})[^/]+/${teacherSection}$`)),
    ]);
    expect(after.owner).not.toBe(otId);
    expect(after.me).not.toContain(otId);
    await page.setViewportSize({ width: 720, height: 900 });
    await checkPage(page, 'offline-next-person');
    expect(suite.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('hands the text back for copying when the section was approved while the device was offline, and applies none of it', async () => {
    const ot = await suite.newPage('ot-lock');
    const net = await cuttable(ot.context());
    await signIn(ot, suite.app().baseUrl, OT);
    const sectionId = await openSection(ot, 'Ava Chen');
    await waitForState(ot, 'saved', 'ot');
    await keptForOffline(ot, sectionId);
    // A goal to type in offline: structured parts are handed back too, not only the rich text.
    await ot.getByTestId('add-goal').click();
    const goal = ot.getByTestId('goal-card').last();
    await goal.waitFor();

    await net.goOffline();
    await waitForState(ot, 'offline', 'ot offline');
    await typeAtEnd(ot, ' Words the lock refuses.');
    await goal.getByTestId('goal-description').locator('.ProseMirror').click();
    await ot.keyboard.type('Goal words the lock refuses.', { delay: 10 });
    await eventually(
      'counted',
      () => badge(ot).getAttribute('data-pending'),
      (n) => Number(n) > 0,
    );

    // Meanwhile the section is approved (the sign-off flow itself is signoff.e2e.spec.ts's).
    const app = suite.app();
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
    app.running.app.get(CollabServer).applyStatus(sectionId, 'approved');

    await net.goOnline();
    const notice = ot.getByTestId('offline-refused');
    await notice.waitFor({ timeout: RECONNECT_MS });
    await eventually(
      'the offline text offered for copying',
      () => ot.getByTestId('offline-refused-presentLevels').inputValue(),
      (text) => text.includes('Words the lock refuses.'),
    );
    await eventually(
      'the goal typed offline offered for copying too',
      () => notice.locator('[data-testid^="offline-refused-goals/"]').inputValue(),
      (text) => text.includes('Goal words the lock refuses.'),
    );
    await waitForState(ot, 'saved', 'ot after the lock');
    await eventually(
      'the editor shows the approved text',
      () => editor(ot).textContent(),
      (t) => !(t ?? '').includes('Words the lock refuses.'),
    );
    expect(await ot.getByTestId('editor-presentLevels').getAttribute('data-editable')).toBe('false');
    await ot.setViewportSize({ width: 720, height: 900 });
    await checkPage(ot, 'offline-locked-handed-back');

    // Nothing of it reached the server: a fresh look at the section does not have it.
    const other = await suite.newPage('teacher-lock');
    await signIn(other, app.baseUrl, TEACHER);
    await openSection(other, 'Ava Chen');
    await waitForState(other, 'saved', 'teacher');
    expect(await editor(other).textContent()).not.toContain('Words the lock refuses.');
    // The text stays until the person says they copied it.
    expect(await notice.isVisible()).toBe(true);
    await ot.getByTestId('offline-refused-done').click();
    await notice.waitFor({ state: 'detached' });
    expect(suite.pageErrors).toEqual([]);
    await Promise.all([ot.context().close(), other.context().close()]);
  });
});

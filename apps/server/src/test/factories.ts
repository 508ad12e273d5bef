import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config';
import type { PrismaClient } from '../generated/prisma/client';
import { addOta, createDemoDistrict, DEMO_PASSWORD, type DemoDistrict, type DemoRole } from '../db/seed';
import { hashPassword } from '../modules/auth/auth.service';
import { freshStore, login, startApp, type Session, type StoreKind, type TestApp } from './test-app';

/**
 * Test factories: one app per spec file, and per test a world of its own in it, so tests share the
 * boot but never each other's rows.
 */

/**
 * The store of suites whose behaviour does not depend on the store (see STORES for those that do):
 * PostgreSQL when the run has one (a fresh database per app is a file copy inside PostgreSQL, and
 * its queries run beside the tests instead of in their process, several times faster than the
 * embedded PGlite under load), else PGlite. PGlite keeps its own legs in the STORES suites and in
 * the browser suites marked for it.
 */
export const TEST_STORE: StoreKind = process.env.IEP_TEST_PG_URL ? 'postgresql' : 'pglite';

/** The apps of a suite's parts, by store and settings (see `shareAppsAcrossParts`). */
const partsApps = new Map<string, Promise<TestApp>>();
let partsShareApps = false;

/**
 * Called by a suite file (src/test/suites) before it imports its parts (`*.int.part.ts`, each beside
 * the code it tests): the parts that ask `appPerFile` for the same store and settings share one app,
 * stopped after the last part. Booting an app and loading its modules is most of a small file's time.
 */
export function shareAppsAcrossParts(): void {
  partsShareApps = true;
  afterAll(async () => {
    const apps = [...partsApps.values()];
    partsApps.clear();
    for (const app of apps)
      await app.then(
        (running) => running.stop(),
        () => undefined,
      );
  }, 60_000);
}

/**
 * Registers the spec file's `beforeAll` (a fresh store, the app on it) and `afterAll` (stops it);
 * returns the running app. Each test makes its own rows with `newWorld`. In a suite's parts, one app
 * serves every part (see `shareAppsAcrossParts`).
 */
export function appPerFile(kind: StoreKind = TEST_STORE, overrides: Partial<AppConfig> = {}): () => TestApp {
  let app: TestApp | undefined;
  const shared = partsShareApps;
  const boot = async (): Promise<TestApp> => startApp(await freshStore(kind), overrides);
  beforeAll(async () => {
    if (!shared) {
      app = await boot();
      return;
    }
    const key = `${kind} ${JSON.stringify(overrides)}`;
    const running = partsApps.get(key) ?? boot();
    partsApps.set(key, running);
    app = await running;
  }, 60_000);
  afterAll(async () => {
    if (!shared) await app?.stop();
  }, 60_000);
  return () => {
    if (!app) throw new Error('The app is not running');
    return app;
  };
}

/** The file's own app (see `restartableAppPerFile`): the running one, and a restart on the same store. */
export interface RestartableApp {
  (): TestApp;
  /** Stops the app and starts it again on the same store, with `settings` for this test only. */
  restart(settings?: Partial<AppConfig>): Promise<TestApp>;
}

/**
 * Like `appPerFile`, for files whose tests restart the app (durability across a restart, settings of
 * a test's own): the app is the file's alone, never shared across parts, and a test that ran it with
 * settings of its own hands the next test an app with the defaults again.
 */
export function restartableAppPerFile(kind: StoreKind = TEST_STORE): RestartableApp {
  let store: Partial<AppConfig> | undefined;
  let app: TestApp | undefined;
  let ownSettings = false;
  const restart = async (settings: Partial<AppConfig> = {}): Promise<TestApp> => {
    if (!store) throw new Error('The store is not ready');
    await app?.stop();
    app = undefined;
    app = await startApp(store, settings);
    ownSettings = Object.keys(settings).length > 0;
    return app;
  };
  beforeAll(async () => {
    store = await freshStore(kind);
    app = await startApp(store);
  }, 60_000);
  // Before the next test rather than after this one: the file's own clean-up (sockets) runs first.
  beforeEach(async () => {
    if (ownSettings) await restart();
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  }, 60_000);
  const running = (): TestApp => {
    if (!app) throw new Error('The app is not running');
    return app;
  };
  return Object.assign(running, { restart });
}

/** A district shaped like the demo one (Mateo with the parent on his team, Ava without), with unique addresses. */
export interface World extends DemoDistrict {
  /** Sign-in addresses by role, unique to this world. */
  emails: Record<DemoRole, string>;
}

/** A fresh district, school, users (one per role), students, plans and sections, with addresses no other world has. */
export function newWorld(app: TestApp): Promise<World> {
  return newWorldIn(app.prisma.client, app.config.passwordCost);
}

/** `newWorld` straight in a database (for suites of the store itself, which run no app). */
export async function newWorldIn(client: PrismaClient, passwordCost: number): Promise<World> {
  const tag = randomBytes(5).toString('hex');
  const emails: Record<DemoRole, string> = {
    ot: `ot.${tag}@test.school`,
    teacher: `teacher.${tag}@test.school`,
    parent: `parent.${tag}@test.school`,
    admin: `admin.${tag}@test.school`,
  };
  const hash = await hashPassword(DEMO_PASSWORD, passwordCost);
  const made = await createDemoDistrict(client, hash, (role) => emails[role]);
  return { ...made, emails };
}

/** Signs in every person of the world (through the login endpoint). */
export async function signInAll(app: TestApp, world: World): Promise<Record<DemoRole, Session>> {
  const [ot, teacher, parent, admin] = await Promise.all(
    (['ot', 'teacher', 'parent', 'admin'] as const).map((role) => login(app, world.emails[role])),
  );
  if (!ot || !teacher || !parent || !admin) throw new Error('a sign-in failed');
  return { ot, teacher, parent, admin };
}

/** An OTA on Mateo's team of the world (supervised by the world's OT), signed in. */
export async function withOta(app: TestApp, world: World): Promise<Session & { email: string }> {
  const email = uniqueEmail('ota');
  const hash = await hashPassword(DEMO_PASSWORD, app.config.passwordCost);
  await addOta(app.prisma.client, world.students.Mateo.studentId, email, 'Omar Ortiz', hash);
  return { ...(await login(app, email)), email };
}

/** A unique address for a person a test invents (an invitee, a stranger). */
export function uniqueEmail(who: string): string {
  return `${who}.${randomBytes(5).toString('hex')}@test.school`;
}

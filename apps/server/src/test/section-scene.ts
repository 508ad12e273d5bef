import * as Y from 'yjs';
import type { ThreadDto } from '@iep/shared';
import type { DemoRole } from '../db/seed';
import { appPerFile, newWorld, signInAll, type World } from './factories';
import { api, collabToken, connectProvider, sectionOf, synced, type Session, type TestApp } from './test-app';

/**
 * The usual set-up of a test about one section: a fresh world, everyone on the team signed in, Mateo's
 * OT section, and helpers for its routes and its document over the real socket (closed after the test).
 */
export interface SectionScene {
  app: TestApp;
  world: World;
  sectionId: string;
  as: Record<DemoRole, Session>;
  /** Opens the section's document as `session` over the document socket, synced. */
  open(session: Session): Promise<Y.Doc>;
  /** Closes every document opened so far (their sockets close as a tab would). */
  closeDocuments(): void;
  post(session: Session, path: string, body?: unknown): ReturnType<typeof api>;
  /** Starts a team thread in "Parent concerns" (fields in `body` override), expecting 201. */
  thread(session: Session, body?: Record<string, unknown>): Promise<ThreadDto>;
}

/** A new scene before each test of the file (one app per file); returns a reader for the current one. */
export function sectionPerTest(running: () => TestApp = appPerFile()): () => SectionScene {
  let scene: SectionScene | undefined;
  const providers: { destroy(): void }[] = [];
  const closeDocuments = () => {
    for (const provider of providers.splice(0)) provider.destroy();
  };
  beforeEach(async () => {
    const app = running();
    const world = await newWorld(app);
    const as = await signInAll(app, world);
    const sectionId = await sectionOf(app, as.ot, 'Mateo');
    const post = (session: Session, path: string, body?: unknown) =>
      api(app, path, { method: 'POST', token: session.token, body });
    scene = {
      app,
      world,
      sectionId,
      as,
      post,
      closeDocuments,
      async open(session) {
        const doc = new Y.Doc();
        const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
        providers.push(provider);
        await synced(provider);
        return doc;
      },
      async thread(session, body = {}) {
        const res = await post(session, `/api/sections/${sectionId}/threads`, {
          part: 'parentConcerns',
          quote: '',
          visibility: 'team',
          mentions: [],
          ...body,
        });
        if (res.status !== 201) throw new Error(`thread: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body as ThreadDto;
      },
    };
  });
  afterEach(closeDocuments);
  return () => {
    if (!scene) throw new Error('No scene: sectionPerTest() runs before each test');
    return scene;
  };
}

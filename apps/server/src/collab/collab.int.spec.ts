import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { fragmentPlainText, fragmentToJson, type SectionContent } from '@iep/shared';
import { issueCollabToken } from './collab-token';
import {
  api,
  closeCodeOf,
  collabToken,
  connectProvider,
  login,
  sectionOf,
  storedOnServer,
  STORES,
  synced,
  waitFor,
  type TestApp,
  type Session,
} from '../test/test-app';
import type { AppConfig } from '../config';
import type { DemoRole } from '../db/seed';
import { newWorld, restartableAppPerFile, type World } from '../test/factories';
import type { DocRegistry } from './doc-registry';

/** Types text into a fragment the way Tiptap lays it out: a paragraph holding text. */
function typeInto(doc: Y.Doc, fragmentName: string, text: string): void {
  const fragment = doc.getXmlFragment(fragmentName);
  doc.transact(() => {
    let paragraph = fragment.get(0) as Y.XmlElement | undefined;
    if (!paragraph) {
      paragraph = new Y.XmlElement('paragraph');
      fragment.insert(0, [paragraph]);
    }
    let textNode = paragraph.get(0) as Y.XmlText | undefined;
    if (!textNode) {
      textNode = new Y.XmlText();
      paragraph.insert(0, [textNode]);
    }
    textNode.insert(textNode.length, text);
  });
}

const textOf = (doc: Y.Doc, name: string): string => fragmentPlainText(fragmentToJson(doc.getXmlFragment(name)));

async function storedUpdateCount(app: TestApp, sectionId: string): Promise<number> {
  return app.prisma.client.sectionUpdate.count({ where: { sectionId } });
}

/**
 * One app per store for the file (a test that needs other settings restarts it with them); each test
 * makes its own world (district, people, students, sections), so tests never meet each other's rows.
 */
describe.each(STORES)('document endpoint on %s', (kind) => {
  const running = restartableAppPerFile(kind);
  let app: TestApp;
  let world: World;
  const providers: { destroy(): void }[] = [];

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
  });
  afterEach(() => {
    providers.splice(0).forEach((p) => p.destroy());
  });

  /** Restarts the app on the same store with `settings` (the next test gets the defaults again). */
  async function restartWith(settings: Partial<AppConfig>): Promise<void> {
    app = await running.restart(settings);
  }

  const signIn = (role: DemoRole): Promise<Session> => login(app, world.emails[role]);

  async function openAs(role: DemoRole, student = 'Mateo', doc = new Y.Doc()) {
    const session = await signIn(role);
    const sectionId = await sectionOf(app, session, student);
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    providers.push(provider);
    await synced(provider);
    return { session, sectionId, provider, doc };
  }

  const documentRegistry = async (): Promise<DocRegistry> =>
    app.running.app.get((await import('./doc-registry')).DocRegistry);

  it('converges two editors typing at the same time into the same fragment', async () => {
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    typeInto(ot.doc, 'presentLevels', 'OT: grasp is emerging. ');
    typeInto(teacher.doc, 'presentLevels', 'Teacher: copies from board slowly. ');
    await waitFor(
      () =>
        textOf(ot.doc, 'presentLevels') === textOf(teacher.doc, 'presentLevels') &&
        textOf(ot.doc, 'presentLevels').includes('Teacher') &&
        textOf(ot.doc, 'presentLevels').includes('OT:'),
      5000,
      'convergence',
    );
    expect(textOf(ot.doc, 'presentLevels')).toContain('grasp is emerging');
  });

  it('takes what a person wrote offline, a paragraph they wrote there and deleted included', async () => {
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    const part = ot.doc.getXmlFragment('homeStrategies');
    part.delete(0, part.length);
    await waitFor(() => teacher.doc.getXmlFragment('homeStrategies').length === 0, 5000, 'an empty part');
    ot.provider.disconnect();
    // Offline: a first paragraph in the empty part (nothing beside it), then deleted. Yjs throws its
    // content away, and the server refused the item without it, and with it the whole reconnect.
    typeInto(ot.doc, 'homeStrategies', 'Scratch line.');
    part.delete(0, part.length);
    typeInto(ot.doc, 'homeStrategies', 'Practice buttons at home.');
    ot.provider.connect();
    await waitFor(
      () => textOf(teacher.doc, 'homeStrategies').includes('Practice buttons at home.'),
      5000,
      'the offline words at the teacher',
    );
    expect(textOf(teacher.doc, 'homeStrategies')).not.toContain('Scratch');
  });

  it('keeps every edit across an app restart', async () => {
    const ot = await openAs('ot');
    typeInto(ot.doc, 'presentLevels', 'Uses a tripod grasp with cues.');
    typeInto(ot.doc, 'homeStrategies', 'Practice buttoning daily.');
    const sectionId = ot.sectionId;
    await storedOnServer(app, sectionId, ot.doc);
    providers.splice(0).forEach((p) => p.destroy());
    app = await running.restart();
    const res = await api(app, `/api/sections/${sectionId}`, {
      token: (await signIn('teacher')).token,
    });
    expect(res.status).toBe(200);
    const content = (res.body as { content: SectionContent }).content;
    expect(fragmentPlainText(content.presentLevels)).toBe('Uses a tripod grasp with cues.');
    const again = await openAs('teacher');
    expect(textOf(again.doc, 'homeStrategies')).toBe('Practice buttoning daily.');
  });

  it('stamps presence with the server-side identity, not what the client claims', async () => {
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    teacher.provider.awareness.setLocalStateField('user', { name: 'Somebody Else', userId: ot.session.userId });
    await waitFor(
      () =>
        [...ot.provider.awareness.getStates().values()].some(
          (s) => (s.user as { name?: string } | undefined)?.name === 'Tom Baker',
        ),
      5000,
      'presence',
    );
    const names = [...ot.provider.awareness.getStates().values()].map(
      (s) => (s.user as { name?: string } | undefined)?.name,
    );
    expect(names).not.toContain('Somebody Else');
  });

  it('answers a parent with the document, stores their words in parent concerns, and refuses their edits elsewhere', async () => {
    const ot = await openAs('ot');
    typeInto(ot.doc, 'presentLevels', 'Written by the OT.');
    const parent = await openAs('parent');
    await waitFor(() => textOf(parent.doc, 'presentLevels') === 'Written by the OT.', 5000, 'parent sync');

    typeInto(parent.doc, 'parentConcerns', 'He gets tired when writing.');
    await waitFor(
      () => textOf(ot.doc, 'parentConcerns') === 'He gets tired when writing.',
      5000,
      'parent concerns reach the OT',
    );
    await storedOnServer(app, ot.sectionId, parent.doc);
    const stored = await storedUpdateCount(app, ot.sectionId);

    // Where a parent may only suggest, writing over the text closes their socket (4400), nothing applied.
    const closed = new Promise<number>((resolve) =>
      parent.provider.on('connection-close', (e) => resolve(e?.code ?? 0)),
    );
    typeInto(parent.doc, 'presentLevels', ' Parent tried to rewrite this.');
    expect(await closed).toBe(4400);
    parent.provider.disconnect();
    typeInto(ot.doc, 'classroomStrategies', 'After the refusal.');
    await waitFor(() => textOf(ot.doc, 'classroomStrategies') === 'After the refusal.', 5000, 'the OT goes on');
    expect(textOf(ot.doc, 'presentLevels')).toBe('Written by the OT.');
    await storedOnServer(app, ot.sectionId, ot.doc);
    expect(await storedUpdateCount(app, ot.sectionId)).toBe(stored + 1);
  });

  it('stores keystrokes that arrive within the write window together: a row per author, nothing lost', async () => {
    await restartWith({ docWriteDelayMs: 300 });
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    const before = await storedUpdateCount(app, ot.sectionId);
    for (let i = 0; i < 20; i++) {
      typeInto(ot.doc, 'presentLevels', 'o');
      typeInto(teacher.doc, 'classroomStrategies', 't');
    }
    await waitFor(() => textOf(ot.doc, 'classroomStrategies') === 't'.repeat(20), 5000, 'the teacher’s keystrokes');
    await Promise.all([storedOnServer(app, ot.sectionId, ot.doc), storedOnServer(app, ot.sectionId, teacher.doc)]);
    const rows = await app.prisma.client.sectionUpdate.findMany({
      where: { sectionId: ot.sectionId },
      orderBy: { id: 'asc' },
      skip: before,
    });
    // 40 keystrokes, two authors: a few rows, each with one author, instead of forty.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([ot.session.userId, teacher.session.userId]));
    const reloaded = new Y.Doc();
    for (const row of rows) Y.applyUpdate(reloaded, row.update);
    expect(textOf(reloaded, 'presentLevels')).toBe('o'.repeat(20));
    expect(textOf(reloaded, 'classroomStrategies')).toBe('t'.repeat(20));
  });

  it('closes 4401 for a missing, forged or expired token before sending any byte', async () => {
    const ot = await signIn('ot');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    expect(await closeCodeOf(`${app.wsBase}/${sectionId}`)).toEqual({ code: 4401, received: 0 });
    expect(await closeCodeOf(`${app.wsBase}/${sectionId}?token=abc.def`)).toEqual({ code: 4401, received: 0 });
    const expired = issueCollabToken(
      { sub: ot.userId, sid: 'x', sec: sectionId, exp: Math.floor(Date.now() / 1000) - 1 },
      app.config.appSecret,
    );
    expect(await closeCodeOf(`${app.wsBase}/${sectionId}?token=${expired}`)).toEqual({ code: 4401, received: 0 });
    const wrongKey = issueCollabToken(
      { sub: ot.userId, sid: 'x', sec: sectionId, exp: Math.floor(Date.now() / 1000) + 60 },
      'another-secret-another-secret-0000',
    );
    expect(await closeCodeOf(`${app.wsBase}/${sectionId}?token=${wrongKey}`)).toEqual({ code: 4401, received: 0 });
  });

  it("closes 4403 when a parent's token is used on another student's section", async () => {
    const parent = await signIn('parent');
    const ot = await signIn('ot');
    const own = await sectionOf(app, parent, 'Mateo');
    const other = await sectionOf(app, ot, 'Ava');
    const token = await collabToken(app, parent, own);
    expect(await closeCodeOf(`${app.wsBase}/${other}?token=${token}`)).toEqual({ code: 4403, received: 0 });
    // Even a correctly signed token for that section (as if the server had issued it) is refused.
    const session = await app.prisma.client.session.findFirstOrThrow({
      where: { userId: parent.userId, endedAt: null },
    });
    const signed = issueCollabToken(
      { sub: parent.userId, sid: session.id, sec: other, exp: Math.floor(Date.now() / 1000) + 60 },
      app.config.appSecret,
    );
    expect(await closeCodeOf(`${app.wsBase}/${other}?token=${signed}`)).toEqual({ code: 4403, received: 0 });
  });

  it('closes the socket when a signed-out session tries to keep editing', async () => {
    const ot = await openAs('ot');
    const closed = new Promise<number>((resolve) => ot.provider.on('connection-close', (e) => resolve(e?.code ?? 0)));
    await api(app, '/api/auth/logout', { method: 'POST', token: ot.session.token });
    expect(await closed).toBe(4401);
  });

  it('closes only the socket that sends an oversized message (1009)', async () => {
    await restartWith({ collabMaxMessageBytes: 64 * 1024 });
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    const rawToken = await collabToken(app, ot.session, ot.sectionId);
    const big = new Uint8Array(128 * 1024);
    const result = await closeCodeOf(`${app.wsBase}/${ot.sectionId}?token=${rawToken}`, big);
    expect(result.code).toBe(1009);
    typeInto(ot.doc, 'classroomStrategies', 'Still fine.');
    await waitFor(() => textOf(teacher.doc, 'classroomStrategies') === 'Still fine.', 5000, 'other sockets unaffected');
  });

  it('closes a socket that sends garbage or a crafted update, stores nothing, and keeps the document', async () => {
    const ot = await openAs('ot');
    typeInto(ot.doc, 'presentLevels', 'Keep me.');
    await storedOnServer(app, ot.sectionId, ot.doc);
    const before = await storedUpdateCount(app, ot.sectionId);
    const token = await collabToken(app, ot.session, ot.sectionId);

    const garbage = await closeCodeOf(
      `${app.wsBase}/${ot.sectionId}?token=${token}`,
      new Uint8Array([0x07, 0xff, 0xff]),
    );
    expect(garbage.code).toBe(4400);

    // A sync update whose payload claims structs that are not there.
    const crafted = encoding.createEncoder();
    encoding.writeVarUint(crafted, 0);
    encoding.writeVarUint(crafted, 2);
    encoding.writeVarUint8Array(
      crafted,
      new Uint8Array([0x05, 0xa1, 0xc3, 0x9e, 0x01, 0x00, 0x84, 0x00, 0xff, 0xff, 0xff]),
    );
    const craftedResult = await closeCodeOf(
      `${app.wsBase}/${ot.sectionId}?token=${token}`,
      encoding.toUint8Array(crafted),
    );
    expect(craftedResult.code).toBe(4400);

    expect(await storedUpdateCount(app, ot.sectionId)).toBe(before);
    expect(textOf(ot.doc, 'presentLevels')).toBe('Keep me.');
    const health = await api(app, '/api/health');
    expect(health.status).toBe(200);
    const fresh = await openAs('teacher');
    expect(textOf(fresh.doc, 'presentLevels')).toBe('Keep me.');
  });

  it('refuses foreign content (a script node) from one client without disturbing the others', async () => {
    const ot = await openAs('ot');
    const teacher = await openAs('teacher');
    typeInto(ot.doc, 'presentLevels', 'Fine.');
    await waitFor(() => textOf(teacher.doc, 'presentLevels') === 'Fine.', 5000, 'first sync');
    const before = await storedUpdateCount(app, ot.sectionId);
    const closed = new Promise<number>((resolve) =>
      teacher.provider.on('connection-close', (e) => resolve(e?.code ?? 0)),
    );
    teacher.doc.getXmlFragment('classroomStrategies').insert(0, [new Y.XmlElement('script')]);
    expect(await closed).toBe(4400);
    teacher.provider.destroy();
    typeInto(ot.doc, 'presentLevels', ' Still syncing.');
    const third = await openAs('admin');
    await waitFor(() => textOf(third.doc, 'presentLevels') === 'Fine. Still syncing.', 5000, 'others unaffected');
    expect(third.doc.getXmlFragment('classroomStrategies').length).toBe(0);
    expect(await storedUpdateCount(app, ot.sectionId)).toBeGreaterThan(before);
  });

  it('stores goals and services from the structured forms and returns them as validated JSON', async () => {
    const ot = await openAs('ot');
    const { addGoal, addService } = await import('@iep/shared');
    const goalId = addGoal(ot.doc, {
      area: 'fine_motor',
      behavior: 'copies a sentence',
      criterion: 'in 4 of 5 trials',
    });
    const serviceId = addService(ot.doc);
    ot.doc.getMap<Y.Map<unknown>>('services').get(serviceId)?.set('minutes', -30);
    await storedOnServer(app, ot.sectionId, ot.doc);
    const res = await api(app, `/api/sections/${ot.sectionId}`, { token: ot.session.token });
    const body = res.body as {
      structure: { goals: { id: string; criterion: string }[] };
      issues: { path: string[] }[];
      checks: { code: string; ok: boolean }[];
    };
    expect(body.structure.goals).toEqual([expect.objectContaining({ id: goalId, criterion: 'in 4 of 5 trials' })]);
    expect(body.issues).toEqual([expect.objectContaining({ path: ['services', serviceId, 'minutes'] })]);
    expect(body.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'goal_measurable', ok: false })]),
    );
  });

  it('tells a parent what changed since they last looked, and nothing on a second look', async () => {
    const ot = await openAs('ot');
    const parent = await signIn('parent');
    const read = async () =>
      (await api(app, `/api/sections/${ot.sectionId}`, { token: parent.token })).body as {
        sinceLastLook: null | {
          changed: boolean;
          diff: { fragments: { name: string; changes: { op: string; text: string }[] }[] };
        };
      };
    expect((await read()).sinceLastLook).toBeNull();
    typeInto(ot.doc, 'presentLevels', 'New finding.');
    await storedOnServer(app, ot.sectionId, ot.doc);
    const second = await read();
    expect(second.sinceLastLook?.changed).toBe(true);
    expect(second.sinceLastLook?.diff.fragments.find((f) => f.name === 'presentLevels')?.changes).toEqual([
      { op: 'added', text: 'New finding.' },
    ]);
    expect((await read()).sinceLastLook?.changed).toBe(false);
  });

  it('refuses the socket (1011) when the stored document does not load, and never stores a blank over it', async () => {
    const ot = await signIn('ot');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    await app.prisma.client.sectionUpdate.create({ data: { sectionId, update: Uint8Array.from([1, 2, 3, 250, 251]) } });
    const before = await storedUpdateCount(app, sectionId);
    const result = await closeCodeOf(`${app.wsBase}/${sectionId}?token=${await collabToken(app, ot, sectionId)}`);
    expect(result).toEqual({ code: 1011, received: 0 });
    expect((await documentRegistry()).isLoaded(sectionId)).toBe(false);
    expect(await storedUpdateCount(app, sectionId)).toBe(before);
    expect(await app.prisma.client.sectionSnapshot.count({ where: { sectionId } })).toBe(0);
  });

  it('unloads an idle document and compacts its log into the snapshot', async () => {
    const ot = await openAs('ot');
    for (let i = 0; i < 20; i++) typeInto(ot.doc, 'presentLevels', `${i} `);
    await storedOnServer(app, ot.sectionId, ot.doc);
    const registry = await documentRegistry();
    expect(registry.isLoaded(ot.sectionId)).toBe(true);
    providers.splice(0).forEach((p) => p.destroy());
    await waitFor(() => !registry.isLoaded(ot.sectionId), 5000, 'unload');
    expect(await storedUpdateCount(app, ot.sectionId)).toBe(0);
    const snapshot = await app.prisma.client.sectionSnapshot.findUnique({ where: { sectionId: ot.sectionId } });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot?.state ?? new Uint8Array());
    expect(textOf(doc, 'presentLevels')).toContain('19 ');
  });

  it('tells each socket.io client in the room when its updates are stored', async () => {
    const { io } = await import('socket.io-client');
    const ot = await openAs('ot');
    const socket = io(app.baseUrl, { auth: { token: ot.session.token }, transports: ['websocket'] });
    try {
      typeInto(ot.doc, 'presentLevels', 'Before join. ');
      await storedOnServer(app, ot.sectionId, ot.doc);
      const ack = await socket.timeout(3000).emitWithAck('section:join', { sectionId: ot.sectionId });
      const joinedClock = Y.decodeStateVector(Y.encodeStateVector(ot.doc)).get(ot.doc.clientID);
      expect(ack).toEqual({ ok: true, clocks: expect.objectContaining({ [String(ot.doc.clientID)]: joinedClock }) });
      const saved = new Promise<Record<string, number>>((resolve) =>
        socket.on('section:saved', (e) => resolve(e.clocks)),
      );
      typeInto(ot.doc, 'presentLevels', 'Saved?');
      const clocks = await saved;
      const localClock = Y.decodeStateVector(Y.encodeStateVector(ot.doc)).get(ot.doc.clientID) ?? 0;
      expect(clocks[String(ot.doc.clientID)]).toBe(localClock);
    } finally {
      socket.close();
    }
  });

  it('refuses a connection without a session and a join of another student’s section', async () => {
    const { io } = await import('socket.io-client');
    const anonymous = io(app.baseUrl, { transports: ['websocket'], reconnection: false });
    const err = await new Promise<Error>((resolve) => anonymous.on('connect_error', resolve));
    expect(err.message).toBe('UNAUTHENTICATED');
    anonymous.close();

    const parent = await signIn('parent');
    const ot = await signIn('ot');
    const other = await sectionOf(app, ot, 'Ava');
    const socket = io(app.baseUrl, { auth: { token: parent.token }, transports: ['websocket'] });
    try {
      expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId: other })).toEqual({
        ok: false,
        code: 'NOT_FOUND',
      });
      expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId: 'nope' })).toEqual({
        ok: false,
        code: 'VALIDATION_FAILED',
      });
    } finally {
      socket.close();
    }
  });
});

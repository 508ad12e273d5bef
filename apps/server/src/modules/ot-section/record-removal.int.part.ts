import * as Y from 'yjs';
import {
  addGoal,
  goalMap,
  isRemoved,
  removeObjective,
  removeRecord,
  restoreObjective,
  restoreRecord,
  type SectionDiff,
  type SectionResponse,
  type ThreadDto,
} from '@iep/shared';
import type { World } from '../../test/factories';
import { sectionPerTest } from '../../test/section-scene';
import {
  api,
  collabToken,
  connectProvider,
  login,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../../test/test-app';
import { pdfText } from '../export/pdf-text';

/**
 * Removing a structured record (issue 19) through the real document socket: the removal is a mark in
 * the document, and every server reader (section response, checks, versions, comparisons, the PDF,
 * comment threads) leaves the record out or reports it removed; restoring brings it all back.
 */

const HALF = 'hops on one foot HALF-FILLED';
const REMOVAL = { at: '2026-12-01T10:00:00.000Z', by: { id: 'ot', name: 'Olivia Torres' } };

describe('removing and restoring a goal', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let sectionId: string;
  let open: (session: Session) => Promise<Y.Doc>;
  let closeDocuments: () => void;
  beforeEach(() => {
    ({
      app,
      sectionId,
      open,
      closeDocuments,
      world,
      as: { ot, teacher },
    } = scene());
  });

  const section = async (): Promise<SectionResponse> =>
    (await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as SectionResponse;
  const threads = async (): Promise<ThreadDto[]> =>
    ((await api(app, `/api/sections/${sectionId}/threads`, { token: ot.token })).body as { threads: ThreadDto[] })
      .threads;
  const saveVersion = async (name: string): Promise<number> => {
    const res = await api(app, `/api/sections/${sectionId}/versions`, {
      method: 'POST',
      token: ot.token,
      body: { name },
    });
    expect(res.status).toBe(201);
    return (res.body as { number: number }).number;
  };
  const pdf = async (n: number): Promise<string> => {
    const res = await fetch(`${app.baseUrl}/api/sections/${sectionId}/versions/${n}.pdf`, {
      headers: { authorization: `Bearer ${ot.token}` },
    });
    expect(res.status).toBe(200);
    return pdfText(Buffer.from(await res.arrayBuffer()));
  };

  /** The newest audit row's id: a close looked for after it is the socket opened since. */
  const lastAuditId = async (): Promise<bigint> =>
    (await app.prisma.client.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;

  /** The updates a document socket refused, from its audited close (a close audited after `afterId`). */
  async function refusedOnClose(userId: string, afterId: bigint): Promise<number> {
    let refused: number | null = null;
    await waitFor(
      () => {
        void app.prisma.client.auditEvent
          .findFirst({ where: { action: 'section.session_close', actorId: userId, sectionId, id: { gt: afterId } } })
          .then((row) => (refused = (row?.detail as { refusedUpdates?: number } | null)?.refusedUpdates ?? null));
        return refused !== null;
      },
      10_000,
      'the session close to be audited',
    );
    return refused ?? 0;
  }

  it('leaves a removed half-filled goal out of the plan, its checks and the PDF, shows it removed in a comparison, detaches its thread, and restores it all', async () => {
    const doc = await open(ot);
    const watcher = await open(teacher);
    const kept = addGoal(doc, { area: 'fine_motor', behavior: 'copies a 5-word sentence legibly' });
    const half = addGoal(doc, { behavior: HALF });
    await waitFor(() => watcher.getMap('goals').has(half), 5000, 'the goals reaching the server');

    const created = await api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: `goals/${half}`, body: 'Is this goal finished?' },
    });
    expect(created.body).toMatchObject({ detached: false, part: `goals/${half}` });
    const before = await section();
    expect(before.structure.goals.map((g) => g.id)).toEqual([kept, half]);
    expect(before.checks.some((c) => c.target.startsWith(`goals/${half}`))).toBe(true);
    const v1 = await saveVersion('Both goals');
    expect(await pdf(v1)).toContain(HALF);

    removeRecord(doc, 'goals', half, REMOVAL);
    await waitFor(() => isRemoved(watcher.getMap('goals').get(half)), 5000, 'the removal reaching the teacher');

    const after = await section();
    expect(after.structure.goals.map((g) => g.id)).toEqual([kept]);
    expect(after.checks.some((c) => c.target.startsWith(`goals/${half}`))).toBe(false);
    const [thread] = await threads();
    expect(thread).toMatchObject({ part: `goals/${half}`, detached: true });
    expect(thread?.comments[0]?.body).toBe('Is this goal finished?');

    const v2 = await saveVersion('Half-filled goal removed');
    expect(await pdf(v2)).not.toContain(HALF);
    const diff = (
      await api(app, `/api/sections/${sectionId}/versions/compare?from=${v1}&to=${v2}`, { token: ot.token })
    ).body as SectionDiff;
    expect(diff.records).toEqual([expect.objectContaining({ root: 'goals', id: half, change: 'removed' })]);
    // The version before the removal still holds the goal as it was.
    expect(await pdf(v1)).toContain(HALF);

    restoreRecord(doc, 'goals', half);
    await waitFor(() => !isRemoved(watcher.getMap('goals').get(half)), 5000, 'the restore reaching the teacher');
    expect((await section()).structure.goals.map((g) => g.id)).toEqual([kept, half]);
    expect((await threads())[0]).toMatchObject({ detached: false });
  });

  it('refuses a removal from someone who may not edit goals (the parent): the goal stays in the plan', async () => {
    const doc = await open(ot);
    const half = addGoal(doc, { behavior: HALF });
    const parent = await login(app, world.emails.parent);
    const since = await lastAuditId();
    const parentDoc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, parent, sectionId), parentDoc);
    await synced(provider);
    await waitFor(() => parentDoc.getMap('goals').has(half), 5000, 'the goal reaching the parent');
    expect(removeRecord(parentDoc, 'goals', half, REMOVAL)).toBe(true);
    provider.destroy();
    expect(await refusedOnClose(parent.userId, since)).toBeGreaterThanOrEqual(1);
    expect((await section()).structure.goals.map((g) => g.id)).toEqual([half]);
    expect(isRemoved(doc.getMap('goals').get(half))).toBe(false);
  });

  it('takes an objective’s removal (a mark on its text) through the socket and leaves it out of its goal until restored', async () => {
    const doc = await open(ot);
    const watcher = await open(teacher);
    const id = addGoal(doc, { objectives: ['buttons 3 buttons', 'zips a coat'] });
    await waitFor(() => watcher.getMap('goals').has(id), 5000, 'the goal reaching the server');
    const objectives = goalMap(doc, id)?.get('objectives');
    if (!(objectives instanceof Y.Array)) throw new Error('no objectives');
    expect(removeObjective(objectives, 0, REMOVAL)).toBe(true);
    const seen = (): unknown => (goalMap(watcher, id)?.get('objectives') as Y.Array<unknown> | undefined)?.get(0);
    await waitFor(() => isRemoved(seen()), 5000, 'the removal reaching the teacher');
    expect((await section()).structure.goals[0]?.objectives).toEqual(['zips a coat']);
    expect(restoreObjective(objectives, 0)).toBe(true);
    await waitFor(() => !isRemoved(seen()), 5000, 'the restore reaching the teacher');
    expect((await section()).structure.goals[0]?.objectives).toEqual(['buttons 3 buttons', 'zips a coat']);
  });

  it('refuses a removal in a locked (approved) section like any other edit: the goal stays', async () => {
    const start = await lastAuditId();
    const doc = await open(ot);
    const watcher = await open(teacher);
    const id = addGoal(doc, { behavior: HALF });
    await waitFor(() => watcher.getMap('goals').has(id), 5000, 'the goal reaching the server');
    closeDocuments();
    // Both editing sockets' closes recorded first, so the close looked for below is the locked one's.
    let closed = 0;
    await waitFor(
      () => {
        void app.prisma.client.auditEvent
          .count({ where: { action: 'section.session_close', sectionId, id: { gt: start } } })
          .then((n) => (closed = n));
        return closed >= 2;
      },
      10_000,
      'the editing sessions to close',
    );
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'approved' } });
    const since = await lastAuditId();

    const lockedDoc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), lockedDoc);
    await synced(provider);
    await waitFor(() => lockedDoc.getMap('goals').has(id), 5000, 'the goal reaching the OT');
    expect(removeRecord(lockedDoc, 'goals', id, REMOVAL)).toBe(true);
    provider.destroy();
    expect(await refusedOnClose(ot.userId, since)).toBeGreaterThanOrEqual(1);
    expect((await section()).structure.goals.map((g) => g.id)).toEqual([id]);
  });
});

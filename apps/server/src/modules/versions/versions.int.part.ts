import * as Y from 'yjs';
import { addGoal, type SectionDiff } from '@iep/shared';
import { appPerFile, newWorld, type World } from '../../test/factories';
import { serverHasGoal, until } from '../../test/proposals-kit';
import {
  api,
  collabToken,
  connectProvider,
  login,
  sectionOf,
  STORES,
  synced,
  type Session,
  type TestApp,
} from '../../test/test-app';

interface Summary {
  number: number;
  name: string;
  createdBy: string;
  contentHash: string;
}

// On every store: two versions saved at the same moment are numbered by the store's locking.
describe.each(STORES)('section versions on %s', (kind) => {
  const running = appPerFile(kind);
  let world: World;
  let app: TestApp;
  let ot: Session;
  let sectionId: string;
  let doc: Y.Doc;
  let provider: { destroy(): void };

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    ot = await login(app, world.emails.ot);
    sectionId = await sectionOf(app, ot, 'Mateo');
    doc = new Y.Doc();
    const p = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    provider = p;
    await synced(p);
  });
  afterEach(() => {
    provider.destroy();
  });

  /** The server's copy of the section (what a version is saved from). */
  const serverGoals = async () =>
    (
      (await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as {
        structure?: { goals?: { id: string; criterion: string }[] };
      }
    ).structure?.goals ?? [];
  const save = (name: unknown, session = ot) =>
    api(app, `/api/sections/${sectionId}/versions`, { method: 'POST', token: session.token, body: { name } });

  it('saves named versions, opens one read-only as it was, and compares a goal field by field', async () => {
    const goalId = addGoal(doc, { behavior: 'buttons a coat', criterion: 'in 3 of 5 trials' });
    await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
    const first = await save('  Before the meeting ');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      number: 1,
      name: 'Before the meeting',
      reason: 'manual',
      createdBy: 'Olivia Torres',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const criterion = doc.getMap<Y.Map<unknown>>('goals').get(goalId)?.get('criterion');
    if (!(criterion instanceof Y.Text)) throw new Error('criterion is not text');
    criterion.delete(3, 1);
    criterion.insert(3, '4');
    await until(
      async () => (await serverGoals()).some((g) => g.id === goalId && g.criterion === 'in 4 of 5 trials'),
      'the edit reaching the server',
    );
    const second = await save('After the meeting');
    expect((second.body as Summary).number).toBe(2);
    expect((second.body as Summary).contentHash).not.toBe((first.body as Summary).contentHash);

    const old = await api(app, `/api/sections/${sectionId}/versions/1`, { token: ot.token });
    expect(old.body).toMatchObject({
      number: 1,
      snapshot: { structure: { goals: [{ id: goalId, criterion: 'in 3 of 5 trials' }] } },
    });

    const diff = (await api(app, `/api/sections/${sectionId}/versions/compare?from=1&to=2`, { token: ot.token }))
      .body as SectionDiff;
    expect(diff.records).toEqual([
      {
        root: 'goals',
        id: goalId,
        change: 'changed',
        fields: [
          {
            field: 'criterion',
            from: 'in 3 of 5 trials',
            to: 'in 4 of 5 trials',
            // In words: the one word that changed, between the words kept.
            words: [
              { op: 'same', text: 'in ' },
              { op: 'removed', text: '3' },
              { op: 'added', text: '4' },
              { op: 'same', text: ' of 5 trials' },
            ],
          },
        ],
      },
    ]);
    const toLive = (await api(app, `/api/sections/${sectionId}/versions/compare?from=2`, { token: ot.token }))
      .body as SectionDiff;
    expect(toLive.records).toEqual([]);

    const list = (await api(app, `/api/sections/${sectionId}/versions`, { token: ot.token })).body as {
      versions: Summary[];
    };
    expect(list.versions.map((v) => [v.number, v.name])).toEqual([
      [1, 'Before the meeting'],
      [2, 'After the meeting'],
    ]);
  });

  it('numbers two versions saved at the same moment 1 and 2, and hashes equal content equally', async () => {
    const teacher = await login(app, world.emails.teacher);
    const [a, b] = await Promise.all([save('A'), save('B', teacher)]);
    expect([(a.body as Summary).number, (b.body as Summary).number].sort()).toEqual([1, 2]);
    expect((a.body as Summary).contentHash).toBe((b.body as Summary).contentHash);
  });

  it('lets a parent read versions but not save one, and hides other students’ versions', async () => {
    const parent = await login(app, world.emails.parent);
    await save('Draft');
    expect((await save('Mine', parent)).status).toBe(403);
    expect((await api(app, `/api/sections/${sectionId}/versions/1`, { token: parent.token })).status).toBe(200);
    const ava = await sectionOf(app, ot, 'Ava');
    expect((await api(app, `/api/sections/${ava}/versions`, { token: parent.token })).status).toBe(404);
  });

  it('answers bad input with 400 naming the field and unknown versions with 404', async () => {
    const empty = await save('   ');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'name' }] } },
    });
    expect((await api(app, `/api/sections/${sectionId}/versions/7`, { token: ot.token })).status).toBe(404);
    expect((await api(app, `/api/sections/${sectionId}/versions/zero`, { token: ot.token })).status).toBe(400);
    expect((await api(app, `/api/sections/${sectionId}/versions/compare?from=x`, { token: ot.token })).status).toBe(
      400,
    );
  });
});

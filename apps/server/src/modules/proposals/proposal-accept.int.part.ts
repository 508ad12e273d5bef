import * as Y from 'yjs';
import { addGoal } from '@iep/shared';
import { asView, completeFields, proposalApi, serverHasGoal, storedGoals, until } from '../../test/proposals-kit';
import { collabToken, connectProvider, STORES, synced, waitFor, type Session, type TestApp } from '../../test/test-app';
import { newWorld, restartableAppPerFile, signInAll } from '../../test/factories';

const textOf = (doc: Y.Doc, goalId: string, field: string): string => {
  const goal = doc.getMap('goals').get(goalId);
  const value = goal instanceof Y.Map ? goal.get(field) : undefined;
  return value instanceof Y.Text ? value.toString() : '';
};

describe.each(STORES)('accepting a goal proposal on %s', (kind) => {
  let app: TestApp;
  let ot: Session;
  let admin: Session;
  let teacher: Session;
  let parent: Session;
  let sectionId: string;
  let p: ReturnType<typeof proposalApi>;

  // One app per store for the file (a test restarts it on the same store); a world per test.
  const running = restartableAppPerFile(kind);
  beforeEach(async () => {
    app = running();
    p = proposalApi(app);
    const world = await newWorld(app);
    ({ ot, admin, teacher, parent } = await signInAll(app, world));
    sectionId = world.students.Mateo.sectionId;
  });

  it('applies exactly once when the OT and the administrator press accept at the same moment, and keeps it through a restart', async () => {
    const id = asView(
      await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'Recess' }),
    ).id;
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, teacher, sectionId), doc);
    try {
      await synced(socket);
      const [a, b] = await Promise.all([p.accept(ot, id), p.accept(admin, id)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.status === 409)?.body).toMatchObject({ error: { code: 'PROPOSAL_NOT_OPEN' } });

      // Stored with the decision, before any batch of the live document is written.
      const stored = await storedGoals(app, sectionId);
      expect(stored).toHaveLength(1);
      await waitFor(() => doc.getMap('goals').size === 1, 5000, 'the accepted goal reaching the open document');
      await new Promise((r) => setTimeout(r, 300));
      expect(doc.getMap('goals').size).toBe(1);

      const decisions = await app.prisma.client.auditEvent.count({ where: { sectionId, action: 'proposal.accepted' } });
      expect(decisions).toBe(1);
      expect(await app.prisma.client.sectionVersion.count({ where: { sectionId, reason: 'proposal_accepted' } })).toBe(
        1,
      );
      const row = await app.prisma.client.goalProposal.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'accepted', appliedGoalId: stored[0]?.id, versionNumber: 1 });
    } finally {
      socket.destroy();
    }

    app = await running.restart();
    const again = await storedGoals(app, sectionId);
    expect(again.map((g) => g.provenance?.proposalId)).toEqual([id]);
  });

  it('keeps a concurrent edit of another field of the same goal, made over the document socket while the accept runs', async () => {
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, teacher, sectionId), doc);
    try {
      await synced(socket);
      const goalId = addGoal(doc, { ...completeFields, criterion: 'in 3 of 5 trials' });
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
      const id = asView(
        await p.create(parent, sectionId, {
          kind: 'change_goal',
          targetGoalId: goalId,
          fields: { ...completeFields, criterion: 'in 4 of 5 trials' },
          rationale: 'More',
        }),
      ).id;

      const accepting = p.accept(ot, id);
      const measurement = (doc.getMap('goals').get(goalId) as Y.Map<unknown>).get('measurement') as Y.Text;
      let typed = '';
      let done = false;
      void accepting.then(() => (done = true));
      // Keep typing into the measurement field until the accept has answered.
      for (let i = 0; i < 200 && !done; i++) {
        measurement.insert(measurement.length, '.');
        typed += '.';
        await new Promise((r) => setTimeout(r, 5));
      }
      expect((await accepting).status).toBe(200);
      expect(typed.length).toBeGreaterThan(0);
      const expectedMeasurement = `${completeFields.measurement}${typed}`;

      await waitFor(
        () => textOf(doc, goalId, 'criterion') === 'in 4 of 5 trials',
        5000,
        'the accepted criterion reaching the editor',
      );
      expect(textOf(doc, goalId, 'measurement')).toBe(expectedMeasurement);
      await until(
        async () => (await storedGoals(app, sectionId))[0]?.measurement === expectedMeasurement,
        'both changes being stored',
      );
      expect((await storedGoals(app, sectionId))[0]).toMatchObject({
        criterion: 'in 4 of 5 trials',
        measurement: expectedMeasurement,
        provenance: { proposalId: id },
      });
    } finally {
      socket.destroy();
    }
  });

  it('refuses to accept a change to a goal that was removed, leaving the proposal open and the document unchanged', async () => {
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    try {
      await synced(socket);
      const goalId = addGoal(doc, completeFields);
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
      const id = asView(
        await p.create(teacher, sectionId, {
          kind: 'change_goal',
          targetGoalId: goalId,
          fields: { ...completeFields, timeframe: 'by June' },
          rationale: 'r',
        }),
      ).id;
      doc.getMap('goals').delete(goalId);
      await until(async () => !(await serverHasGoal(app, ot, sectionId, goalId)), 'the removal reaching the server');
      const refused = await p.accept(ot, id);
      expect(refused.body).toMatchObject({ error: { code: 'PROPOSAL_TARGET_GONE' } });
      expect(asView(await p.get(ot, id)).status).toBe('open');
      expect(await storedGoals(app, sectionId)).toEqual([]);
      expect(await app.prisma.client.sectionVersion.count({ where: { sectionId } })).toBe(0);
    } finally {
      socket.destroy();
    }
  });
});

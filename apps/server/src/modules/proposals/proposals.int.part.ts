import * as Y from 'yjs';
import { addGoal, type ProposalChangedEvent } from '@iep/shared';
import { asView, completeFields, proposalApi, serverHasGoal, storedGoals, until } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import {
  api,
  collabToken,
  connectProvider,
  sectionOf,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../../test/test-app';

describe('goal proposals', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  let p: ReturnType<typeof proposalApi>;

  beforeEach(async () => {
    ({
      app,
      sectionId,
      as: { ot, teacher, parent, admin },
    } = scene());
    p = proposalApi(app);
  });

  it('keeps an incomplete proposal as a draft that cannot be accepted, naming the missing fields', async () => {
    const draft = await p.create(parent, sectionId, {
      kind: 'new_goal',
      fields: { area: 'self_care', behavior: 'buttons his coat' },
    });
    expect(draft.status).toBe(201);
    expect(asView(draft)).toMatchObject({
      status: 'open',
      missingFields: ['baseline', 'condition', 'criterion', 'timeframe', 'measurement', 'rationale'],
    });
    const refused = await p.accept(ot, asView(draft).id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'PROPOSAL_INCOMPLETE',
        details: { missing: ['baseline', 'condition', 'criterion', 'timeframe', 'measurement', 'rationale'] },
      },
    });
    expect(await storedGoals(app, sectionId)).toEqual([]);

    const completed = await p.patch(parent, asView(draft).id, {
      fields: completeFields,
      rationale: 'Recess is hard in winter',
    });
    expect(asView(completed).missingFields).toEqual([]);
    expect((await p.accept(ot, asView(draft).id)).status).toBe(200);
  });

  it('refuses bad input with the field named: over-long rationale and note, a change without a target, a rejection without a reason', async () => {
    const long = await p.create(parent, sectionId, {
      kind: 'new_goal',
      fields: completeFields,
      rationale: 'x'.repeat(2001),
    });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'rationale' }] } },
    });
    const noTarget = await p.create(parent, sectionId, { kind: 'change_goal', fields: completeFields });
    expect(noTarget.body).toMatchObject({ error: { details: { fields: [{ field: 'targetGoalId' }] } } });
    const unknownGoal = await p.create(parent, sectionId, {
      kind: 'change_goal',
      targetGoalId: 'no-such-goal',
      fields: completeFields,
      rationale: 'r',
    });
    expect(unknownGoal.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'targetGoalId' }] } },
    });

    const id = asView(
      await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'r' }),
    ).id;
    const longNote = await p.endorse(teacher, id, { stance: 'support', note: 'y'.repeat(1001) });
    expect(longNote.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'note' }] } },
    });
    expect((await p.reject(ot, id, { reason: '  ' })).body).toMatchObject({
      error: { details: { fields: [{ field: 'reason' }] } },
    });
  });

  it('answers 404 for a section or proposal the caller may not know exists', async () => {
    const ava = await sectionOf(app, ot, 'Ava');
    expect((await p.create(parent, ava, { kind: 'new_goal', fields: completeFields })).status).toBe(404);
    expect((await p.list(parent, ava)).status).toBe(404);
    const onAva = asView(await p.create(ot, ava, { kind: 'new_goal', fields: completeFields, rationale: 'r' })).id;
    expect((await p.get(parent, onAva)).status).toBe(404);
    expect((await p.endorse(parent, onAva, { stance: 'support' })).status).toBe(404);
    expect((await p.get(parent, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets the team endorse by role and discuss, and the proposer edit until a decision', async () => {
    const id = asView(
      await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'Recess' }),
    ).id;
    await p.endorse(teacher, id, { stance: 'concern', note: 'Large buttons only?' });
    await p.endorse(teacher, id, { stance: 'support', note: 'Fine after all' });
    await p.endorse(admin, id, { stance: 'concern', note: 'Check the timeframe' });
    await p.comment(teacher, id, { body: 'We practise at recess' });
    const seen = asView(await p.comment(parent, id, { body: 'Thank you' }));
    expect(seen.endorsements.map((e) => [e.role, e.stance, e.note])).toEqual([
      ['teacher', 'support', 'Fine after all'],
      ['admin', 'concern', 'Check the timeframe'],
    ]);
    expect(seen.comments.map((c) => [c.author.role, c.body])).toEqual([
      ['teacher', 'We practise at recess'],
      ['parent', 'Thank you'],
    ]);

    expect((await p.patch(teacher, id, { rationale: 'not mine' })).status).toBe(403);
    expect((await p.withdraw(teacher, id)).status).toBe(403);
    const rejected = await p.reject(ot, id, { reason: 'We will cover this under fine motor' });
    expect(rejected.status).toBe(200);
    const asProposerSees = asView(await p.get(parent, id));
    expect(asProposerSees).toMatchObject({
      status: 'rejected',
      decisionReason: 'We will cover this under fine motor',
      decidedBy: { role: 'ot' },
    });
    expect((await p.patch(parent, id, { rationale: 'too late' })).body).toMatchObject({
      error: { code: 'PROPOSAL_NOT_OPEN' },
    });
    expect((await p.endorse(teacher, id, { stance: 'support' })).body).toMatchObject({
      error: { code: 'PROPOSAL_NOT_OPEN' },
    });
    expect((await p.accept(ot, id)).body).toMatchObject({ error: { code: 'PROPOSAL_NOT_OPEN' } });
  });

  it('refuses to accept a withdrawn proposal, and only the OT or administrator decides', async () => {
    const id = asView(
      await p.create(teacher, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'r' }),
    ).id;
    expect((await p.accept(teacher, id)).status).toBe(403);
    expect((await p.reject(parent, id, { reason: 'no' })).status).toBe(403);
    expect(asView(await p.withdraw(teacher, id)).status).toBe('withdrawn');
    const accepted = await p.accept(ot, id);
    expect(accepted.status).toBe(409);
    expect(accepted.body).toMatchObject({ error: { code: 'PROPOSAL_NOT_OPEN', details: { status: 'withdrawn' } } });
    expect((await p.withdraw(teacher, id)).status).toBe(409);
  });

  it('accepts a new goal into the document with its provenance, a version and an audit event, and supersedes the alternatives in its area', async () => {
    const chosen = asView(
      await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'Recess' }),
    ).id;
    const alternative = asView(
      await p.create(teacher, sectionId, {
        kind: 'new_goal',
        fields: { ...completeFields, criterion: 'in 3 of 5 trials' },
        rationale: 'Smaller step',
      }),
    ).id;
    const otherArea = asView(
      await p.create(teacher, sectionId, {
        kind: 'new_goal',
        fields: { ...completeFields, area: 'fine_motor' },
        rationale: 'Handwriting',
      }),
    ).id;

    const accepted = await p.accept(ot, chosen);
    expect(accepted.status).toBe(200);
    const view = asView(accepted);
    expect(view).toMatchObject({
      status: 'accepted',
      decidedBy: { role: 'ot' },
      versionNumber: 1,
      appliedGoalId: expect.any(String),
    });

    const goals = await storedGoals(app, sectionId);
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      id: view.appliedGoalId,
      behavior: completeFields.behavior,
      provenance: {
        proposalId: chosen,
        kind: 'new_goal',
        proposedBy: { name: 'Paula Reyes', role: 'parent' },
        acceptedBy: { name: 'Olivia Torres', role: 'ot' },
      },
    });
    const versions = (await api(app, `/api/sections/${sectionId}/versions`, { token: ot.token })).body as {
      versions: { reason: string; number: number }[];
    };
    expect(versions.versions).toEqual([expect.objectContaining({ number: 1, reason: 'proposal_accepted' })]);
    const version = await app.prisma.client.sectionVersion.findFirst({
      where: { sectionId, number: 1 },
      select: { json: true },
    });
    expect(JSON.stringify(version?.json)).toContain(completeFields.behavior);

    expect(asView(await p.get(teacher, alternative))).toMatchObject({ status: 'superseded', supersededById: chosen });
    expect(asView(await p.get(teacher, otherArea)).status).toBe('open');
    const audit = await app.prisma.client.auditEvent.findMany({
      where: { sectionId, action: { startsWith: 'proposal.' } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'proposal.created',
      'proposal.created',
      'proposal.created',
      'proposal.accepted',
    ]);
    expect(audit[3]).toMatchObject({
      actorRole: 'ot',
      detail: { proposalId: chosen, versionNumber: 1, superseded: [alternative] },
    });
  });

  it('changes only the fields a change proposal changed, shows the field-by-field difference, and supersedes other changes to that goal', async () => {
    const doc = new Y.Doc();
    const socket = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), doc);
    try {
      await synced(socket);
      const goalId = addGoal(doc, { ...completeFields, area: 'self_care', criterion: 'in 3 of 5 trials' });
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
      const change = asView(
        await p.create(parent, sectionId, {
          kind: 'change_goal',
          targetGoalId: goalId,
          fields: { ...completeFields, criterion: 'in 4 of 5 trials' },
          rationale: 'He can do more',
        }),
      );
      const other = asView(
        await p.create(teacher, sectionId, {
          kind: 'change_goal',
          targetGoalId: goalId,
          fields: { ...completeFields, criterion: 'in 5 of 5 trials' },
          rationale: 'Even more',
        }),
      );
      expect(change.baseFields?.criterion).toBe('in 3 of 5 trials');
      expect(change.currentFields?.criterion).toBe('in 3 of 5 trials');
      expect(change.groupKey).toBe(other.groupKey);

      // Someone edits the baseline in the document after the proposal was made: acceptance keeps it.
      const baseline = (doc.getMap('goals').get(goalId) as Y.Map<unknown>).get('baseline') as Y.Text;
      baseline.insert(0, 'Edited: ');
      await until(
        async () => (await storedGoals(app, sectionId))[0]?.baseline?.startsWith('Edited') === true,
        'the baseline edit being stored',
      );
      expect((await p.accept(admin, change.id)).status).toBe(200);
      await waitFor(
        () =>
          ((doc.getMap('goals').get(goalId) as Y.Map<unknown>).get('criterion') as Y.Text).toString() ===
          'in 4 of 5 trials',
        5000,
        'accepted change reaching the open document',
      );
      const [goal] = await storedGoals(app, sectionId);
      expect(goal).toMatchObject({
        id: goalId,
        criterion: 'in 4 of 5 trials',
        baseline: `Edited: ${completeFields.baseline}`,
        provenance: { kind: 'change_goal', acceptedBy: { role: 'admin' } },
      });
      expect(asView(await p.get(ot, other.id)).status).toBe('superseded');
    } finally {
      socket.destroy();
    }
  });

  it('pushes every proposal change to the section’s socket.io room', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, { auth: { token: teacher.token }, transports: ['websocket'] });
    const events: ProposalChangedEvent[] = [];
    socket.on('proposal:changed', (e) => events.push(e));
    try {
      expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
      const id = asView(
        await p.create(parent, sectionId, { kind: 'new_goal', fields: completeFields, rationale: 'r' }),
      ).id;
      await p.endorse(teacher, id, { stance: 'support' });
      await p.comment(teacher, id, { body: 'ok' });
      await p.accept(ot, id);
      await waitFor(() => events.length === 4, 5000, 'four proposal events');
      expect(events.map((e) => [e.change, e.by.role])).toEqual([
        ['created', 'parent'],
        ['endorsed', 'teacher'],
        ['commented', 'teacher'],
        ['accepted', 'ot'],
      ]);
      expect(events[3]).toMatchObject({ proposalId: id, versionNumber: 1, superseded: [] });
    } finally {
      socket.close();
    }
  });
});

import { addGoal, type DataPointView, type GoalDataChangedEvent, type ServiceSessionView } from '@iep/shared';
import { hashPassword } from '../auth/auth.service';
import { until } from '../../test/proposals-kit';
import { appPerFile, newWorld, signInAll, uniqueEmail } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { approvedWith } from '../../test/service-log-kit';

type Body = Record<string, unknown>;

describe('goal data: data points toward the approved plan’s goals (issue 22)', () => {
  const running = appPerFile();
  let app: TestApp;
  let ot: Session;
  let ota: Session;
  let teacher: Session;
  let parent: Session;
  let otherParent: Session;
  let sectionId: string;
  let otherSectionId: string;
  /** Measured in trials ("4 of 5"), in a rubric level, and with no measure named. */
  let trialsGoal: string;
  let rubricGoal: string;
  let openGoal: string;

  /** Mateo's plan: three goals, approved, running Sept 2026 to Aug 2027; another family's plan beside it. */
  beforeEach(async () => {
    app = running();
    const world = await newWorld(app);
    ({ ot, teacher, parent } = await signInAll(app, world));
    sectionId = await sectionOf(app, ot, 'Mateo');
    const other = await newWorld(app);
    const others = await signInAll(app, other);
    otherParent = others.parent;
    otherSectionId = await sectionOf(app, others.ot, 'Mateo');
    ({ trialsGoal, rubricGoal, openGoal } = await approvedWith(app, ot, sectionId, (doc) => ({
      trialsGoal: addGoal(doc, {
        area: 'fine_motor',
        baseline: 'copies a sentence legibly in 1 of 5 trials',
        behavior: 'copies a 5-word sentence legibly',
        criterion: 'in 4 of 5 trials',
      }),
      rubricGoal: addGoal(doc, { area: 'self_care', behavior: 'packs the backpack', criterion: 'at level 4' }),
      openGoal: addGoal(doc, { area: 'sensory_processing', behavior: 'asks for a break', criterion: 'independently' }),
    })));
    const studentId = (
      await app.prisma.client.otSection.findUniqueOrThrow({ where: { id: sectionId }, select: { plan: true } })
    ).plan.studentId;
    const email = uniqueEmail('ota');
    const user = await app.prisma.client.user.create({
      data: { email, name: 'Olive Assistant', passwordHash: await hashPassword('demo1234', app.config.passwordCost) },
    });
    await app.prisma.client.teamMembership.create({ data: { studentId, userId: user.id, role: 'ota' } });
    ota = await login(app, email, 'demo1234');
  });

  const point = (over: Body = {}): Body => ({
    goalId: trialsGoal,
    date: '2026-11-02',
    value: { kind: 'trials', correct: 3, total: 5 },
    note: 'On the slant board',
    ...over,
  });
  const record = (s: Session, body: Body, target = sectionId) =>
    api(app, `/api/sections/${target}/goal-data`, { method: 'POST', token: s.token, body });
  const points = async (s: Session) =>
    ((await api(app, `/api/sections/${sectionId}/goal-data`, { token: s.token })).body as { points: DataPointView[] })
      .points;
  const rows = () => app.prisma.client.goalDataPoint.count({ where: { sectionId } });
  const audits = (action: string) => app.prisma.client.auditEvent.count({ where: { sectionId, action } });
  const code = (res: { body: unknown }) => (res.body as { error?: { code: string } }).error?.code;

  it('records points of each kind, computes the percentage of trials, and lets the team and the family read them', async () => {
    const made = await record(ot, point());
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      goalId: trialsGoal,
      kind: 'trials',
      correct: 3,
      total: 5,
      percentage: 60,
      value: 60,
    });
    expect(made.body).toMatchObject({ cosignStatus: 'not_needed' });
    // An OTA's point waits for the supervising OT, by the service log's rule and code path.
    const byOta = await record(ota, point({ date: '2026-11-09', value: { kind: 'percentage', percentage: 70 } }));
    expect(byOta.status).toBe(201);
    const otaPoint = byOta.body as DataPointView;
    expect(otaPoint.cosignStatus).toBe('awaiting');
    const cosign = (s: Session, id: string, version: number) =>
      api(app, `/api/goal-data/${id}/cosign`, { method: 'POST', token: s.token, body: { version } });
    const coded = async (r: Promise<{ status: number; body: unknown }>) => {
      const res = await r;
      return [res.status, (res.body as { error?: { code: string } }).error?.code];
    };
    expect(await coded(cosign(ota, otaPoint.id, 1))).toEqual([403, 'COSIGN_NOT_SUPERVISOR']);
    expect(await coded(cosign(ot, (made.body as DataPointView).id, 1))).toEqual([409, 'COSIGN_NOT_NEEDED']);
    expect(await coded(cosign(ot, otaPoint.id, 2))).toEqual([404, 'NOT_FOUND']);
    expect((await cosign(ot, otaPoint.id, 1)).body).toMatchObject({ cosignStatus: 'cosigned' });
    expect(await coded(cosign(ot, otaPoint.id, 1))).toEqual([409, 'COSIGN_ALREADY_DONE']);
    expect(await app.prisma.client.auditEvent.count({ where: { sectionId, action: 'goal_data.cosigned' } })).toBe(1);
    expect((await record(ot, point({ goalId: rubricGoal, value: { kind: 'rubric', level: 2 } }))).status).toBe(201);
    // A goal whose criterion names no measure takes its first point's scale.
    expect((await record(ot, point({ goalId: openGoal, value: { kind: 'duration', seconds: 90 } }))).status).toBe(201);

    // A point taken in a logged session is linked to it.
    const session = (
      await api(app, `/api/sections/${sectionId}/service-log`, {
        method: 'POST',
        token: ot.token,
        body: {
          date: '2026-11-16',
          startTime: '09:00',
          endTime: '09:30',
          grouping: 'individual',
          model: 'direct_pull_out',
          setting: 'in_person',
          goalIds: [trialsGoal],
          status: 'delivered',
        },
      })
    ).body as ServiceSessionView;
    const linked = await record(
      ot,
      point({ date: '2026-11-16', sessionId: session.id, value: { kind: 'trials', correct: 4, total: 5 } }),
    );
    expect(linked.body).toMatchObject({ sessionId: session.id, percentage: 80 });

    const seen = await points(parent);
    expect(seen.filter((p) => p.goalId === trialsGoal).map((p) => [p.date, p.value])).toEqual([
      ['2026-11-02', 60],
      ['2026-11-09', 70],
      ['2026-11-16', 80],
    ]);
    expect((await points(teacher)).length).toBe(5);
    expect(await audits('goal_data.recorded')).toBe(5);
    expect(await audits('goal_data.read')).toBe(2);
    expect((await api(app, `/api/sections/${sectionId}/goal-data`, { token: otherParent.token })).status).toBe(404);
    expect(await audits('goal_data.read')).toBe(2);
  });

  it('keeps every earlier version when a point is corrected, and has no way to delete one', async () => {
    const first = (await record(ot, point())).body as DataPointView;
    const corrected = await api(app, `/api/goal-data/${first.id}/corrections`, {
      method: 'POST',
      token: ot.token,
      body: { point: point({ value: { kind: 'trials', correct: 2, total: 5 } }), reason: 'Miscounted' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: first.id, version: 2, percentage: 40, correctionReason: 'Miscounted' });
    expect((await points(ot)).map((p) => [p.id, p.version, p.value])).toEqual([[first.id, 2, 40]]);
    const versions = await api(app, `/api/goal-data/${first.id}/versions`, { token: parent.token });
    expect((versions.body as { versions: DataPointView[] }).versions.map((v) => [v.version, v.value])).toEqual([
      [1, 60],
      [2, 40],
    ]);
    expect((await api(app, `/api/goal-data/${first.id}/versions`, { token: otherParent.token })).status).toBe(404);
    expect(await audits('goal_data.corrected')).toBe(1);
    expect(await audits('goal_data.version_read')).toBe(1);
    expect((await api(app, `/api/goal-data/${first.id}`, { method: 'DELETE', token: ot.token })).status).toBe(404);
    expect(await rows()).toBe(2);
    const docs = (await api(app, '/api/docs-json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/sections/{sectionId}/goal-data',
        '/api/goal-data/{id}/versions',
        '/api/goal-data/{id}/corrections',
      ]),
    );
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    await record(ot, point());
    const foreignSession = (
      await app.prisma.client.serviceSession.create({
        data: {
          entryId: '00000000-0000-4000-8000-000000000001',
          entryVersion: 1,
          sectionId: otherSectionId,
          date: new Date('2026-11-05T00:00:00Z'),
          startMinute: 540,
          endMinute: 570,
          minutes: 30,
          grouping: 'individual',
          model: 'push_in',
          setting: 'in_person',
          status: 'delivered',
          recordedById: ot.userId,
          recordedByName: 'Another OT',
          recordedByRole: 'ot',
        },
      })
    ).entryId;
    const cases: [Body, number, string][] = [
      [{ goalId: 'a-goal-of-another-plan' }, 400, 'GOAL_NOT_IN_PLAN'],
      [{ date: '2026-08-31' }, 400, 'DATA_POINT_OUTSIDE_PLAN'],
      [{ date: '2027-09-01' }, 400, 'DATA_POINT_OUTSIDE_PLAN'],
      [{ value: { kind: 'trials', correct: 6, total: 5 } }, 400, 'DATA_POINT_VALUE_INVALID'],
      [{ value: { kind: 'trials', correct: 0, total: 0 } }, 400, 'DATA_POINT_VALUE_INVALID'],
      [{ value: { kind: 'percentage', percentage: 100.5 } }, 400, 'DATA_POINT_VALUE_INVALID'],
      [{ value: { kind: 'percentage', percentage: -3 } }, 400, 'DATA_POINT_VALUE_INVALID'],
      [{ value: { kind: 'rubric', level: 3 } }, 400, 'DATA_POINT_KIND_MISMATCH'],
      [{ goalId: rubricGoal, value: { kind: 'duration', seconds: 30 } }, 400, 'DATA_POINT_KIND_MISMATCH'],
      [{ date: '2026-11-05', sessionId: foreignSession }, 400, 'DATA_POINT_SESSION_INVALID'],
      [{ sessionId: '00000000-0000-4000-8000-000000000002' }, 400, 'DATA_POINT_SESSION_INVALID'],
      [{ value: { kind: 'trials', correct: 1.5, total: 5 } }, 400, 'VALIDATION_FAILED'],
      [{ value: { kind: 'weight', grams: 3 } }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [over, status, expected] of cases) {
      const res = await record(ot, point(over));
      expect([JSON.stringify(over), res.status, code(res)]).toEqual([JSON.stringify(over), status, expected]);
    }
    // A date in the future, even inside the plan's dates.
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await app.prisma.client.plan.updateMany({
      where: { otSection: { id: sectionId } },
      data: { annualReviewDate: new Date(Date.now() + 300 * 86_400_000) },
    });
    expect(code(await record(ot, point({ date: later })))).toBe('DATA_POINT_OUTSIDE_PLAN');
    // A goal without a measure keeps the scale of its first point.
    await record(ot, point({ goalId: openGoal, value: { kind: 'rubric', level: 2 } }));
    expect(code(await record(ot, point({ goalId: openGoal, value: { kind: 'percentage', percentage: 50 } })))).toBe(
      'DATA_POINT_KIND_MISMATCH',
    );
    expect(await rows()).toBe(2);

    expect((await record(teacher, point())).status).toBe(403);
    expect((await record(parent, point())).status).toBe(403);
    expect((await record(otherParent, point())).status).toBe(404);
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'draft' } });
    const draft = await record(ot, point());
    expect([draft.status, code(draft)]).toEqual([409, 'SECTION_NOT_APPROVED']);
    expect(await rows()).toBe(2);
    expect(await audits('goal_data.recorded')).toBe(2);
  });

  it('tells open pages of the section when a point is recorded', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, { auth: { token: parent.token }, transports: ['websocket'], reconnection: false });
    try {
      await socket.timeout(3000).emitWithAck('section:join', { sectionId });
      const heard: GoalDataChangedEvent[] = [];
      socket.on('goal-data:changed', (e: GoalDataChangedEvent) => heard.push(e));
      const made = (await record(ot, point())).body as DataPointView;
      await until(async () => heard.some((e) => e.pointId === made.id && e.change === 'recorded'), 'the event');
      expect(heard[0]).toEqual({ sectionId, goalId: trialsGoal, pointId: made.id, change: 'recorded' });
    } finally {
      socket.close();
    }
  });
});

import { type ServiceLogChangedEvent, type ServiceMinutes, type ServiceSessionView } from '@iep/shared';
import { until } from '../../test/proposals-kit';
import { appPerFile, newWorld, signInAll } from '../../test/factories';
import { api, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { approvedPlan } from '../../test/service-log-kit';

type Body = Record<string, unknown>;

describe('the service log: sessions and minutes delivered against the approved plan (issue 22)', () => {
  const running = appPerFile();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let sectionId: string;
  let goalId: string;
  let serviceId: string;

  /** Mateo's plan: one goal, OT 8 times a month for 30 minutes, approved, running Sept 2026 to Aug 2027. */
  beforeEach(async () => {
    app = running();
    const world = await newWorld(app);
    ({ ot, teacher, parent } = await signInAll(app, world));
    sectionId = await sectionOf(app, ot, 'Mateo');
    ({
      goalId,
      serviceIds: [serviceId = ''],
    } = await approvedPlan(app, ot, sectionId, [{ frequency: 8, period: 'month', minutes: 30 }]));
  });

  const session = (over: Body = {}): Body => ({
    serviceId,
    date: '2026-11-02',
    startTime: '09:00',
    endTime: '09:30',
    grouping: 'individual',
    model: 'direct_pull_out',
    location: 'OT room',
    setting: 'in_person',
    goalIds: [goalId],
    note: 'Copied two sentences on the slant board.',
    status: 'delivered',
    ...over,
  });
  const log = (s: Session, body: Body, target = sectionId) =>
    api(app, `/api/sections/${target}/service-log`, { method: 'POST', token: s.token, body });
  const entries = async (s: Session) =>
    (
      (await api(app, `/api/sections/${sectionId}/service-log`, { token: s.token })).body as {
        entries: ServiceSessionView[];
      }
    ).entries;
  const minutes = async (on: string) =>
    (await api(app, `/api/sections/${sectionId}/service-minutes?on=${on}`, { token: ot.token })).body as ServiceMinutes;
  const rows = () => app.prisma.client.serviceSession.count({ where: { sectionId } });
  const audits = (action: string) => app.prisma.client.auditEvent.count({ where: { sectionId, action } });

  it('counts a month of sessions against the grid: delivered minutes, missed, make-ups owed and made up', async () => {
    const delivered = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19'];
    for (const date of delivered) expect((await log(ot, session({ date }))).status).toBe(201);
    // A longer session: minutes come from the times, not from the grid.
    const long = await log(ot, session({ date: '2026-11-23', startTime: '10:00', endTime: '10:45' }));
    expect(long.body).toMatchObject({ minutes: 45, version: 1, makeUpOwed: false });
    const absent = await log(ot, session({ date: '2026-11-24', status: 'missed', missedReason: 'student_absent' }));
    const owed = (await log(ot, session({ date: '2026-11-26', status: 'missed', missedReason: 'provider_absent' })))
      .body as ServiceSessionView;
    expect(owed.makeUpOwed).toBe(true);
    expect((absent.body as ServiceSessionView).makeUpOwed).toBe(false);
    // A session in October does not count toward November.
    await log(ot, session({ date: '2026-10-30' }));

    const list = await entries(ot);
    const november = list.filter((e) => e.date.startsWith('2026-11') && e.serviceId === serviceId);
    const deliveredMinutes = november.filter((e) => e.status === 'delivered').reduce((n, e) => n + e.minutes, 0);
    expect(deliveredMinutes).toBe(6 * 30 + 45);
    let summary = await minutes('2026-11-15');
    expect(summary.services).toEqual([
      expect.objectContaining({
        serviceId,
        period: 'month',
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
        sessionsRequired: 8,
        requiredMinutes: 240,
        deliveredMinutes,
        sessionsDelivered: 7,
        sessionsMissed: 2,
        makeUpsOwed: 1,
      }),
    ]);
    expect(summary.makeUpsOwed).toBe(1);

    // The OT schedules the make-up: from the missed day (and not in the past) to the annual review.
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const schedule = (id: string, date: string, s: Session = ot) =>
      api(app, `/api/service-log/${id}/make-up`, { method: 'PUT', token: s.token, body: { date } });
    for (const [id, date, status, code] of [
      [owed.id, '2026-11-20', 400, 'MAKEUP_DATE_INVALID'],
      [owed.id, '2027-09-30', 400, 'MAKEUP_DATE_INVALID'],
      [owed.id, 'next friday', 400, 'VALIDATION_FAILED'],
      [(absent.body as ServiceSessionView).id, inThreeDays, 400, 'MAKEUP_TARGET_INVALID'],
    ] as const) {
      const refused = await schedule(id, date);
      expect([refused.status, (refused.body as { error: { code: string } }).error.code]).toEqual([status, code]);
    }
    expect((await schedule(owed.id, inThreeDays, parent)).status).toBe(403);
    expect(await app.prisma.client.makeUpSchedule.count({ where: { sectionId } })).toBe(0);
    const scheduled = await schedule(owed.id, inThreeDays);
    expect(scheduled.body).toMatchObject({ id: owed.id, makeUpOwed: true, makeUpScheduledFor: inThreeDays });
    expect((await entries(parent)).find((e) => e.id === owed.id)?.makeUpScheduledFor).toBe(inThreeDays);
    expect(await audits('service_log.make_up_scheduled')).toBe(1);

    // Only a session the school owes can be made up, and only once.
    const wrong = await log(ot, session({ date: '2026-11-27', makeUpForId: (absent.body as ServiceSessionView).id }));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'MAKEUP_TARGET_INVALID' } });
    const makeUp = await log(ot, session({ date: '2026-11-30', makeUpForId: owed.id }));
    expect(makeUp.status).toBe(201);
    const again = await log(
      ot,
      session({ date: '2026-11-30', startTime: '13:00', endTime: '13:30', makeUpForId: owed.id }),
    );
    expect(again.body).toMatchObject({ error: { code: 'MAKEUP_TARGET_INVALID' } });

    summary = await minutes('2026-11-15');
    expect(summary.services[0]).toMatchObject({
      deliveredMinutes: deliveredMinutes + 30,
      sessionsDelivered: 8,
      makeUpsOwed: 0,
    });
    expect(summary.makeUpsOwed).toBe(0);
    expect((await entries(ot)).find((e) => e.id === owed.id)).toMatchObject({
      makeUpOwed: false,
      madeUpById: (makeUp.body as ServiceSessionView).id,
      makeUpScheduledFor: null,
    });
    expect(await audits('service_log.recorded')).toBe(11);
    expect(await audits('service_log.minutes_read')).toBe(2);
    expect(await audits('service_log.read')).toBe(3);
  });

  it('keeps every earlier version when an entry is corrected, and has no way to delete one', async () => {
    const first = (await log(ot, session())).body as ServiceSessionView;
    const corrected = await api(app, `/api/service-log/${first.id}/corrections`, {
      method: 'POST',
      token: ot.token,
      body: { entry: session({ endTime: '09:40' }), reason: 'Wrote the wrong end time' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      id: first.id,
      version: 2,
      minutes: 40,
      correctionReason: 'Wrote the wrong end time',
    });
    const list = await entries(ot);
    expect(list.map((e) => [e.id, e.version, e.minutes])).toEqual([[first.id, 2, 40]]);
    const versions = await api(app, `/api/service-log/${first.id}/versions`, { token: teacher.token });
    expect((versions.body as { versions: ServiceSessionView[] }).versions.map((v) => [v.version, v.minutes])).toEqual([
      [1, 30],
      [2, 40],
    ]);
    expect(await audits('service_log.corrected')).toBe(1);
    const docs = (await api(app, '/api/docs-json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/sections/{sectionId}/service-log',
        '/api/sections/{sectionId}/service-minutes',
        '/api/service-log/{id}/corrections',
        '/api/service-log/{id}/versions',
      ]),
    );
    expect(await audits('service_log.version_read')).toBe(1);
    expect((await api(app, `/api/service-log/${first.id}`, { method: 'DELETE', token: ot.token })).status).toBe(404);
    expect(await rows()).toBe(2);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    await log(ot, session());
    const cases: [Body, number, string][] = [
      [{ startTime: '10:00', endTime: '09:30' }, 400, 'SESSION_TIMES_INVALID'],
      [{ startTime: '10:00', endTime: '10:00' }, 400, 'SESSION_TIMES_INVALID'],
      [{ date: '2026-08-31' }, 400, 'SESSION_OUTSIDE_PLAN'],
      [{ date: '2027-09-01' }, 400, 'SESSION_OUTSIDE_PLAN'],
      [{ startTime: '09:15', endTime: '09:45' }, 400, 'SESSION_OVERLAPS'],
      [{ endTime: '24:30' }, 400, 'VALIDATION_FAILED'],
      [{ goalIds: ['a-goal-of-another-plan'] }, 400, 'GOAL_NOT_IN_PLAN'],
      [{ serviceId: 'not-a-service' }, 400, 'SERVICE_NOT_IN_PLAN'],
      [{ grouping: 'group' }, 400, 'VALIDATION_FAILED'],
      [{ status: 'missed' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [over, status, code] of cases) {
      // Each case is a good session at 11:00 but for what it changes (the one logged is at 09:00).
      const res = await log(ot, session({ startTime: '11:00', endTime: '11:30', ...over }));
      const answer = [status, (res.body as { error?: { code: string } }).error?.code];
      expect([JSON.stringify(over), ...answer]).toEqual([JSON.stringify(over), status, code]);
    }
    expect(await rows()).toBe(1);

    expect((await log(teacher, session({ date: '2026-11-04' }))).status).toBe(403);
    expect((await log(parent, session({ date: '2026-11-04' }))).status).toBe(403);
    await app.prisma.client.otSection.update({ where: { id: sectionId }, data: { status: 'draft' } });
    const draft = await log(ot, session({ date: '2026-11-04' }));
    expect(draft.status).toBe(409);
    expect(draft.body).toMatchObject({ error: { code: 'SECTION_NOT_APPROVED' } });
    expect(await rows()).toBe(1);
    expect(await audits('service_log.recorded')).toBe(1);
  });

  it('shows the family and teachers only the notes the OT shared (not shared by default), and tells open pages when it changes', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(app.baseUrl, { auth: { token: parent.token }, transports: ['websocket'], reconnection: false });
    try {
      await socket.timeout(3000).emitWithAck('section:join', { sectionId });
      const heard: ServiceLogChangedEvent[] = [];
      socket.on('service-log:changed', (e: ServiceLogChangedEvent) => heard.push(e));
      const made = (await log(ot, session({ note: 'Seemed tired: ask the nurse' }))).body as ServiceSessionView;
      await until(async () => heard.some((e) => e.entryId === made.id && e.change === 'recorded'), 'the event');
      expect(made.noteShared).toBe(false);
      const seen = await entries(parent);
      expect(seen).toEqual([expect.objectContaining({ id: made.id, minutes: 30, note: null, noteShared: false })]);
      expect((await entries(teacher))[0]?.note).toBeNull();
      const shared = (
        await log(ot, session({ date: '2026-11-03', note: 'Copied a whole sentence!', noteShared: true }))
      ).body as ServiceSessionView;
      for (const reader of [parent, teacher])
        expect((await entries(reader)).map((e) => [e.id, e.note])).toEqual([
          [shared.id, 'Copied a whole sentence!'],
          [made.id, null],
        ]);
      expect((await entries(ot)).find((e) => e.id === made.id)?.note).toBe('Seemed tired: ask the nurse');
    } finally {
      socket.close();
    }
  });
});

import type { Caseload, ServiceMinutes, ServiceSessionView } from '@iep/shared';
import { appPerFile, newWorld, signInAll, withOta } from '../../test/factories';
import { approvedPlan, codeOf, cosign, logSession, sessionBody } from '../../test/service-log-kit';
import { api, type Session, type TestApp } from '../../test/test-app';

describe('an OTA’s sessions are co-signed by the supervising OT before they count (issue 22)', () => {
  const running = appPerFile();
  let app: TestApp;
  let ot: Session;
  let ota: Session;
  let teacher: Session;
  let admin: Session;
  let parent: Session;
  let sectionId: string;
  let serviceId: string;

  beforeEach(async () => {
    app = running();
    const world = await newWorld(app);
    ({ ot, teacher, admin, parent } = await signInAll(app, world));
    ota = await withOta(app, world);
    sectionId = world.students.Mateo.sectionId;
    ({
      serviceIds: [serviceId = ''],
    } = await approvedPlan(app, ot, sectionId, [{ frequency: 8, period: 'month', minutes: 30 }]));
  });

  const minutes = async () =>
    (
      (await api(app, `/api/sections/${sectionId}/service-minutes?on=2026-11-15`, { token: ot.token }))
        .body as ServiceMinutes
    ).services[0];
  const audits = (action: string) => app.prisma.client.auditEvent.count({ where: { sectionId, action } });

  it('counts an OTA’s session only once the team’s OT co-signed it, and refuses everyone else with a code', async () => {
    const made = await logSession(app, ota, sectionId, sessionBody({ serviceId }));
    expect(made.status).toBe(201);
    const entry = made.body as ServiceSessionView;
    expect(entry).toMatchObject({ cosignStatus: 'awaiting', countsAsDelivered: false, recordedBy: { role: 'ota' } });
    expect(await minutes()).toMatchObject({ deliveredMinutes: 0, sessionsDelivered: 0, awaitingCosignMinutes: 30 });

    for (const who of [teacher, admin, ota]) {
      const refused = await cosign(app, who, entry.id, 1);
      expect([refused.status, codeOf(refused)]).toEqual([403, 'COSIGN_NOT_SUPERVISOR']);
    }
    // A parent is refused too (the policy), and someone off the team does not learn the entry exists.
    expect((await cosign(app, parent, entry.id, 1)).status).toBe(403);
    const stranger = (await signInAll(app, await newWorld(app))).ot;
    expect((await cosign(app, stranger, entry.id, 1)).status).toBe(404);

    const signed = await cosign(app, ot, entry.id, 1);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      cosignStatus: 'cosigned',
      countsAsDelivered: true,
      cosignedBy: expect.any(String),
    });
    expect(await minutes()).toMatchObject({ deliveredMinutes: 30, sessionsDelivered: 1, awaitingCosignMinutes: 0 });

    const twice = await cosign(app, ot, entry.id, 1);
    expect([twice.status, codeOf(twice)]).toEqual([409, 'COSIGN_ALREADY_DONE']);
    expect(await audits('service_log.cosigned')).toBe(1);
  });

  it('needs a new co-signature after a correction, and refuses to co-sign the superseded version', async () => {
    const entry = (await logSession(app, ota, sectionId, sessionBody({ serviceId }))).body as ServiceSessionView;
    expect((await cosign(app, ot, entry.id, 1)).status).toBe(200);
    const corrected = await api(app, `/api/service-log/${entry.id}/corrections`, {
      method: 'POST',
      token: ota.token,
      body: { entry: sessionBody({ serviceId, endTime: '09:45' }), reason: 'Stayed longer' },
    });
    expect(corrected.body).toMatchObject({
      version: 2,
      minutes: 45,
      cosignStatus: 'awaiting',
      countsAsDelivered: false,
    });
    expect(await minutes()).toMatchObject({ deliveredMinutes: 0, awaitingCosignMinutes: 45 });

    const stale = await cosign(app, ot, entry.id, 1);
    expect([stale.status, codeOf(stale)]).toEqual([409, 'COSIGN_VERSION_SUPERSEDED']);
    expect((await cosign(app, ot, entry.id, 2)).status).toBe(200);
    expect(await minutes()).toMatchObject({ deliveredMinutes: 45, awaitingCosignMinutes: 0 });

    // The OT's own session needs nobody's co-signature.
    const own = (await logSession(app, ot, sectionId, sessionBody({ serviceId, date: '2026-11-03' })))
      .body as ServiceSessionView;
    expect(own).toMatchObject({ cosignStatus: 'not_needed', countsAsDelivered: true });
    const needless = await cosign(app, ot, own.id, 1);
    expect([needless.status, codeOf(needless)]).toEqual([409, 'COSIGN_NOT_NEEDED']);
    expect(await audits('service_log.cosigned')).toBe(2);
    const history = await api(app, `/api/service-log/${entry.id}/versions`, { token: ot.token });
    expect(
      (history.body as { versions: ServiceSessionView[] }).versions.map((v) => [v.version, v.cosignStatus]),
    ).toEqual([
      [1, 'cosigned'],
      [2, 'cosigned'],
    ]);
  });

  it('shows the caseload most behind first, with figures that match the entries, to the OT and the district administrator', async () => {
    // A second service, weekly, that is kept up with: 1 x 20 minutes a week.
    const world = await newWorld(app);
    const people = await signInAll(app, world);
    const second = world.students.Mateo.sectionId;
    const [monthly = '', weekly = ''] = (
      await approvedPlan(app, people.ot, second, [
        { frequency: 8, period: 'month', minutes: 30 },
        { frequency: 1, period: 'week', minutes: 20 },
      ])
    ).serviceIds;
    const entries: { date: string; minutes: number; serviceId: string }[] = [];
    const log = async (date: string, service: string, endTime = '09:30') => {
      const res = await logSession(app, people.ot, second, sessionBody({ serviceId: service, date, endTime }));
      expect(res.status).toBe(201);
      const e = res.body as ServiceSessionView;
      entries.push({ date: e.date, minutes: e.minutes, serviceId: service });
    };
    // September: 8 sessions (on track); October: 5 (90 minutes short).
    for (const d of [1, 3, 8, 10, 15, 17, 22, 24]) await log(`2026-09-${String(d).padStart(2, '0')}`, monthly);
    for (const d of [1, 6, 8, 13, 15]) await log(`2026-10-${String(d).padStart(2, '0')}`, monthly);
    // November so far: 2 sessions.
    for (const d of ['2026-11-03', '2026-11-05']) await log(d, monthly);
    // Every week from Monday 2026-09-07 (the first whole week) to the one before the 16th of November.
    for (let t = Date.parse('2026-09-07T00:00:00Z'); t < Date.parse('2026-11-16T00:00:00Z'); t += 7 * 86_400_000)
      await log(new Date(t).toISOString().slice(0, 10), weekly, '09:20');

    const read = async (s: Session) => api(app, '/api/caseload?on=2026-11-16', { token: s.token });
    const res = await read(people.ot);
    expect(res.status).toBe(200);
    const rows = (res.body as Caseload).rows.filter((r) => r.sectionId === second);
    const sum = (service: string, from: string, to: string) =>
      entries
        .filter((e) => e.serviceId === service && e.date >= from && e.date <= to)
        .reduce((n, e) => n + e.minutes, 0);
    expect(sum(monthly, '2026-10-01', '2026-10-31')).toBe(150);
    expect(rows).toEqual([
      expect.objectContaining({
        serviceId: monthly,
        requiredMinutes: 240,
        behindMinutes: 240 * 2 - sum(monthly, '2026-09-01', '2026-10-31'),
        behindSince: '2026-10-01',
        currentPeriodStart: '2026-11-01',
        currentDeliveredMinutes: sum(monthly, '2026-11-01', '2026-11-30'),
      }),
      expect.objectContaining({
        serviceId: weekly,
        requiredMinutes: 20,
        behindMinutes: 0,
        behindSince: null,
        currentPeriodStart: '2026-11-16',
      }),
    ]);
    const districtView = (await read(people.admin)).body as Caseload;
    expect(districtView.rows.filter((r) => r.sectionId === second)).toEqual(rows);
    for (const refused of [people.teacher, people.parent]) expect((await read(refused)).status).toBe(403);
    // The other world's OT does not see this student.
    expect(((await read(ot)).body as Caseload).rows.some((r) => r.sectionId === second)).toBe(false);
    expect(
      await app.prisma.client.auditEvent.count({ where: { sectionId: second, action: 'service_log.caseload_read' } }),
    ).toBe(2);
  });
});

import { BILLING_COLUMNS, BILLING_HEADERS, type BenefitsConsents, type BenefitsConsentView } from '@iep/shared';
import { appPerFile, newWorld, signInAll, withOta, type World } from '../../test/factories';
import { approvedPlan, codeOf, cosign, logSession, parseCsv, sessionBody } from '../../test/service-log-kit';
import { api, type Session, type TestApp } from '../../test/test-app';

type ServiceView = { id: string; date: string; minutes: number };

describe('billing public benefits: the family’s consent and the Medicaid export (issue 22)', () => {
  const running = appPerFile();
  let app: TestApp;
  let world: World;
  let ot: Session;
  let ota: Session;
  let teacher: Session;
  let admin: Session;
  let parent: Session;
  let studentId: string;
  let sectionId: string;
  let serviceId: string;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    ({ ot, teacher, admin, parent } = await signInAll(app, world));
    ota = await withOta(app, world);
    ({ studentId, sectionId } = world.students.Mateo);
    ({
      serviceIds: [serviceId = ''],
    } = await approvedPlan(app, ot, sectionId, [{ frequency: 8, period: 'month', minutes: 30 }]));
  });

  const consentRoute = () => `/api/students/${studentId}/benefits-consent`;
  const recordConsent = (s: Session, body: Record<string, unknown>) =>
    api(app, consentRoute(), { method: 'POST', token: s.token, body });
  const exportCsv = (s: Session, from: string, to: string) =>
    api(app, `/api/billing/export?from=${from}&to=${to}`, { token: s.token });
  const audits = (action: string) => app.prisma.client.auditEvent.count({ where: { studentId, action } });

  it('records the consent once, the annual notice, and the revocation, with codes for what does not fit', async () => {
    const made = await recordConsent(ot, { consentedOn: '2026-09-10', annualNoticeSentOn: '2026-09-10' });
    expect(made.status).toBe(201);
    const consent = made.body as BenefitsConsentView;
    expect(consent).toMatchObject({ consentedOn: '2026-09-10', annualNoticeSentOn: '2026-09-10', revokedOn: null });
    const again = await recordConsent(admin, { consentedOn: '2026-09-11' });
    expect([again.status, codeOf(again)]).toEqual([409, 'BENEFITS_CONSENT_EXISTS']);
    const early = await api(app, `/api/benefits-consents/${consent.id}/annual-notice`, {
      method: 'POST',
      token: ot.token,
      body: { sentOn: '2026-09-01' },
    });
    expect([early.status, codeOf(early)]).toEqual([400, 'BENEFITS_DATE_INVALID']);
    const future = await recordConsent(ot, { consentedOn: '2099-01-01' });
    expect(future.status).toBe(400);
    for (const refused of [teacher, parent])
      expect((await recordConsent(refused, { consentedOn: '2026-09-10' })).status).toBe(403);

    const revoked = await api(app, `/api/benefits-consents/${consent.id}/revoke`, {
      method: 'POST',
      token: admin.token,
      body: { revokedOn: '2026-11-01' },
    });
    expect(revoked.body).toMatchObject({ revokedOn: '2026-11-01', revokedRecordedBy: expect.any(String) });
    const twice = await api(app, `/api/benefits-consents/${consent.id}/revoke`, {
      method: 'POST',
      token: admin.token,
      body: { revokedOn: '2026-11-02' },
    });
    expect([twice.status, codeOf(twice)]).toEqual([409, 'BENEFITS_CONSENT_REVOKED']);
    const list = (await api(app, consentRoute(), { token: ot.token })).body as BenefitsConsents;
    expect(list).toMatchObject({ inForce: false, consents: [{ id: consent.id, revokedOn: '2026-11-01' }] });
    expect(await audits('billing.consent_recorded')).toBe(1);
    expect(await audits('billing.notice_recorded')).toBe(0);
    expect(await audits('billing.consent_revoked')).toBe(1);
    expect(await audits('billing.consent_read')).toBe(1);
  });

  it('exports exactly the delivered, co-signed sessions in consent, safe against formulas, and counts what it left out', async () => {
    const consent = (await recordConsent(ot, { consentedOn: '2026-09-15' })).body as BenefitsConsentView;
    await api(app, `/api/benefits-consents/${consent.id}/revoke`, {
      method: 'POST',
      token: ot.token,
      body: { revokedOn: '2026-11-10' },
    });
    const log = async (s: Session, over: Record<string, unknown>) => {
      const res = await logSession(app, s, sectionId, sessionBody({ serviceId, ...over }));
      expect(res.status).toBe(201);
      return res.body as ServiceView;
    };
    const before = await log(ot, { date: '2026-09-14' }); // before the consent: left out
    const billed = [
      await log(ot, { date: '2026-09-15', note: '=HYPERLINK("http://x.example","click")' }),
      await log(ot, { date: '2026-10-05', endTime: '09:45', note: 'Tired today', noteShared: false }),
      await log(ot, {
        date: '2026-10-06',
        grouping: 'group',
        groupSize: 3,
        note: '+1 trial',
        startTime: '10:00',
        endTime: '10:40',
      }),
    ];
    const byOta = await log(ota, { date: '2026-10-07' });
    expect((await cosign(app, ot, byOta.id, 1)).status).toBe(200);
    billed.push(byOta);
    await log(ota, { date: '2026-10-08' }); // awaiting co-signature: left out
    await log(ot, { date: '2026-10-09', status: 'missed', missedReason: 'student_absent' }); // missed: no row
    await log(ot, { date: '2026-11-10' }); // on the revocation date: left out
    await log(ot, { date: '2026-12-01' }); // outside the range
    expect(before.date).toBe('2026-09-14');

    const res = await exportCsv(ot, '2026-09-01', '2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get(BILLING_HEADERS.rows)).toBe('4');
    expect(res.headers.get(BILLING_HEADERS.omittedNoConsent)).toBe('2');
    expect(res.headers.get(BILLING_HEADERS.omittedAwaitingCosign)).toBe('1');
    const [header, ...rows] = parseCsv(res.body as string);
    expect(header).toEqual([...BILLING_COLUMNS]);
    const col = (row: string[], name: (typeof BILLING_COLUMNS)[number]) => row[BILLING_COLUMNS.indexOf(name)];
    expect(rows.map((r) => [col(r, 'entry_id'), col(r, 'session_date'), col(r, 'minutes')])).toEqual(
      billed.map((b) => [b.id, b.date, String(b.minutes)]),
    );
    const [first, unshared, group, assisted] = rows;
    expect(first && col(first, 'note')).toBe('\'=HYPERLINK("http://x.example","click")');
    // The note documents the claim whether or not the family was shown it.
    expect(unshared && col(unshared, 'note')).toBe('Tired today');
    expect(group && [col(group, 'grouping'), col(group, 'group_size'), col(group, 'note')]).toEqual([
      'group',
      '3',
      "'+1 trial",
    ]);
    expect(first && [col(first, 'provider_credential'), col(first, 'supervising_ot'), col(first, 'goals')]).toEqual([
      'OT',
      '',
      '',
    ]);
    expect(assisted && [col(assisted, 'provider_name'), col(assisted, 'provider_credential')]).toEqual([
      'Omar Ortiz',
      'OTA',
    ]);
    expect(assisted && col(assisted, 'supervising_ot')).toBe('Olivia Torres');

    // The district administrator gets the same rows; the teacher and the parent are refused.
    const district = await exportCsv(admin, '2026-09-01', '2026-11-30');
    expect(district.headers.get(BILLING_HEADERS.rows)).toBe('4');
    for (const refused of [teacher, parent])
      expect((await exportCsv(refused, '2026-09-01', '2026-11-30')).status).toBe(403);
    const backwards = await exportCsv(ot, '2026-11-30', '2026-09-01');
    expect([backwards.status, codeOf(backwards)]).toEqual([400, 'BILLING_RANGE_INVALID']);
    expect(await audits('billing.exported')).toBe(2);
  });
});

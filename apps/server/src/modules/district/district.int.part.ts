import type { AdminPlan, AdminSchool, AdminStudent } from '@iep/shared';
import { demoDistrict, otherDistrict } from '../../test/people-kit';
import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, type Session, type TestApp } from '../../test/test-app';

describe('district administration', () => {
  const running = appPerFile();
  let world: World;
  let app: TestApp;
  let admin: Session;
  let districtId: string;
  let schoolId: string;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    admin = await login(app, world.emails.admin);
    ({ districtId, schoolId } = await demoDistrict(app, admin));
  });

  const student = {
    firstName: 'Lena',
    lastName: 'Park',
    dateOfBirth: '2015-06-01',
    grade: '4',
    preferredLanguage: 'es',
  };
  const post = (path: string, body: unknown, session = admin) =>
    api(app, path, { method: 'POST', token: session.token, body });
  const patch = (path: string, body: unknown, session = admin) =>
    api(app, path, { method: 'PATCH', token: session.token, body });
  const audit = (action: string) => app.prisma.client.auditEvent.findMany({ where: { action, actorId: admin.userId } });

  it('tells the client who runs a district: the demo admin one, everyone else none', async () => {
    const mine = await api(app, '/api/me/districts', { token: admin.token });
    expect(mine.body).toEqual({ districts: [{ id: districtId, name: 'Demo Unified School District' }] });
    const ot = await login(app, world.emails.ot);
    expect((await api(app, '/api/me/districts', { token: ot.token })).body).toEqual({ districts: [] });
  });

  it('creates, renames and lists schools, each change audited with who did it', async () => {
    const created = await post(`/api/admin/districts/${districtId}/schools`, { name: '  Roosevelt Middle ' });
    expect(created.status).toBe(201);
    const school = created.body as AdminSchool;
    expect(school).toMatchObject({ name: 'Roosevelt Middle', districtId, studentCount: 0 });
    const renamed = await patch(`/api/admin/schools/${school.id}`, { name: 'Roosevelt Middle School' });
    expect(renamed.body).toMatchObject({ name: 'Roosevelt Middle School' });
    const list = (await api(app, `/api/admin/districts/${districtId}/schools`, { token: admin.token })).body as {
      schools: AdminSchool[];
    };
    expect(list.schools.map((s) => s.name)).toEqual(['Lincoln Elementary', 'Roosevelt Middle School']);
    expect(list.schools[0]?.studentCount).toBe(2);
    const events = [...(await audit('district.school_created')), ...(await audit('district.school_renamed'))];
    expect(events).toHaveLength(2);
    for (const e of events) expect(e).toMatchObject({ actorId: admin.userId, actorRole: 'district_admin' });
    expect((await post(`/api/admin/districts/${districtId}/schools`, { name: '   ' })).status).toBe(400);
  });

  it('deletes an empty school and refuses one with students with 409 IN_USE', async () => {
    const inUse = await api(app, `/api/admin/schools/${schoolId}`, { method: 'DELETE', token: admin.token });
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({ error: { code: 'IN_USE' } });
    const empty = (await post(`/api/admin/districts/${districtId}/schools`, { name: 'Closed School' }))
      .body as AdminSchool;
    expect((await api(app, `/api/admin/schools/${empty.id}`, { method: 'DELETE', token: admin.token })).status).toBe(
      204,
    );
    expect(await app.prisma.client.school.count({ where: { id: empty.id } })).toBe(0);
    expect(await audit('district.school_deleted')).toHaveLength(1);
  });

  it('creates and updates a student, adds plans and opens one OT section (the second is 409)', async () => {
    const created = await post('/api/admin/students', { ...student, schoolId });
    expect(created.status).toBe(201);
    const s = created.body as AdminStudent;
    expect(s).toMatchObject({ ...student, schoolId, schoolName: 'Lincoln Elementary', districtId, plans: [] });
    const updated = await patch(`/api/admin/students/${s.id}`, { grade: '5', preferredLanguage: 'en' });
    expect(updated.body).toMatchObject({ grade: '5', preferredLanguage: 'en', firstName: 'Lena' });

    const plan = await post(`/api/admin/students/${s.id}/plans`, { kind: 'plan504', meetingDate: '2027-01-10' });
    expect(plan.status).toBe(201);
    const p = plan.body as AdminPlan;
    expect(p).toMatchObject({ kind: 'plan504', meetingDate: '2027-01-10', annualReviewDate: null, otSectionId: null });
    const changed = await patch(`/api/admin/plans/${p.id}`, { kind: 'iep', annualReviewDate: '2028-01-09' });
    expect(changed.body).toMatchObject({ kind: 'iep', meetingDate: '2027-01-10', annualReviewDate: '2028-01-09' });

    const opened = await post(`/api/admin/plans/${p.id}/ot-section`, {});
    expect(opened.status).toBe(201);
    const sectionId = (opened.body as AdminPlan).otSectionId;
    expect(sectionId).toEqual(expect.any(String));
    const again = await post(`/api/admin/plans/${p.id}/ot-section`, {});
    expect(again.status).toBe(409);
    expect(await app.prisma.client.otSection.count({ where: { planId: p.id } })).toBe(1);

    const detail = (await api(app, `/api/admin/students/${s.id}`, { token: admin.token })).body as AdminStudent;
    expect(detail.plans).toEqual([
      expect.objectContaining({ id: p.id, otSectionId: sectionId, otSectionStatus: 'draft' }),
    ]);
    const list = (await api(app, `/api/admin/districts/${districtId}/students`, { token: admin.token })).body as {
      students: AdminStudent[];
    };
    expect(list.students.map((x) => x.firstName)).toEqual(['Ava', 'Lena', 'Mateo']);

    const actions = (
      await app.prisma.client.auditEvent.findMany({ where: { studentId: s.id }, orderBy: { id: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      'district.student_created',
      'district.student_updated',
      'district.plan_created',
      'district.plan_updated',
      'district.section_opened',
    ]);
  });

  it('answers bad input with 400 naming the fields and creates nothing', async () => {
    const before = await app.prisma.client.student.count();
    const bad = await post('/api/admin/students', {
      ...student,
      schoolId,
      firstName: '',
      dateOfBirth: '2015-02-30',
      preferredLanguage: 'fr',
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body as { error: { details: { fields: { field: string }[] } } }).error.details.fields.map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'dateOfBirth', 'preferredLanguage']));
    expect((await post('/api/admin/students', { ...student, schoolId, dateOfBirth: '2999-01-01' })).status).toBe(400);
    expect(await app.prisma.client.student.count()).toBe(before);
    const s = (await post('/api/admin/students', { ...student, schoolId })).body as AdminStudent;
    expect((await post(`/api/admin/students/${s.id}/plans`, { kind: 'ifsp' })).status).toBe(400);
    expect((await patch(`/api/admin/students/${s.id}`, {})).status).toBe(400);
    expect((await api(app, '/api/admin/students/not-a-uuid', { token: admin.token })).status).toBe(400);
    expect(await app.prisma.client.plan.count({ where: { studentId: s.id } })).toBe(0);
  });

  it('hides another district’s schools and students (404) and lets no one else in', async () => {
    const other = await otherDistrict(app);
    expect((await api(app, `/api/admin/students/${other.studentId}`, { token: admin.token })).status).toBe(404);
    expect((await patch(`/api/admin/students/${other.studentId}`, { grade: '7' })).status).toBe(404);
    expect((await post(`/api/admin/students/${other.studentId}/plans`, { kind: 'iep' })).status).toBe(404);
    expect((await api(app, `/api/admin/districts/${other.districtId}/students`, { token: admin.token })).status).toBe(
      404,
    );
    expect((await patch(`/api/admin/schools/${other.schoolId}`, { name: 'Mine now' })).status).toBe(404);
    // A student cannot be put into, or moved to, another district's school.
    expect((await post('/api/admin/students', { ...student, schoolId: other.schoolId })).status).toBe(404);
    const mateo = (await api(app, `/api/admin/districts/${districtId}/students`, { token: admin.token })).body as {
      students: AdminStudent[];
    };
    const mateoId = mateo.students.find((x) => x.firstName === 'Mateo')?.id ?? '';
    expect((await patch(`/api/admin/students/${mateoId}`, { schoolId: other.schoolId })).status).toBe(404);
    // The other district's admin sees nothing of the demo district.
    const otto = await login(app, other.adminEmail);
    expect((await api(app, `/api/admin/students/${mateoId}`, { token: otto.token })).status).toBe(404);
    // Team members who do not run the district: 404 on every admin route.
    const ot = await login(app, world.emails.ot);
    expect((await api(app, `/api/admin/districts/${districtId}/schools`, { token: ot.token })).status).toBe(404);
    expect((await post('/api/admin/students', { ...student, schoolId }, ot)).status).toBe(404);
    expect((await api(app, `/api/admin/students/${mateoId}`, { token: ot.token })).status).toBe(404);
    expect((await api(app, `/api/admin/districts/${districtId}/schools`)).status).toBe(401);
    expect(
      await app.prisma.client.student.count({
        where: { firstName: 'Lena', school: { districtId: { in: [districtId, other.districtId] } } },
      }),
    ).toBe(0);
    expect((await app.prisma.client.student.findUniqueOrThrow({ where: { id: other.studentId } })).grade).toBe('6');
  });
});

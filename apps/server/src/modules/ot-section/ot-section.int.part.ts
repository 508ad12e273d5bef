import { appPerFile } from '../../test/factories';
import { api, login, sectionOf, type TestApp } from '../../test/test-app';

interface StudentsBody {
  students: { firstName: string; myRole: string; plans: { otSectionId: string }[] }[];
}

describe('students and sections', () => {
  const running = appPerFile();
  let app: TestApp;
  beforeAll(() => {
    app = running();
  });

  it('lists both students for the OT and only her own child for the parent', async () => {
    const ot = await login(app, 'ot@demo.school');
    const parent = await login(app, 'parent@demo.school');
    const otList = (await api(app, '/api/students', { token: ot.token })).body as StudentsBody;
    const parentList = (await api(app, '/api/students', { token: parent.token })).body as StudentsBody;
    expect(otList.students.map((s) => s.firstName).sort()).toEqual(['Ava', 'Mateo']);
    expect(parentList.students.map((s) => [s.firstName, s.myRole])).toEqual([['Mateo', 'parent']]);
    expect(parentList.students[0]?.plans[0]?.otSectionId).toEqual(expect.any(String));
  });

  it('returns the section with status, version and the caller’s permissions, and logs the read', async () => {
    const teacher = await login(app, 'teacher@demo.school');
    const parent = await login(app, 'parent@demo.school');
    const sectionId = await sectionOf(app, teacher, 'Mateo');
    const asTeacher = await api(app, `/api/sections/${sectionId}`, { token: teacher.token });
    expect(asTeacher.status).toBe(200);
    expect(asTeacher.body).toMatchObject({
      id: sectionId,
      status: 'draft',
      version: 1,
      myRole: 'teacher',
      permissions: { view: true, edit: true, editParts: expect.arrayContaining(['presentLevels', 'goals']) },
      content: { presentLevels: { type: 'doc' }, parentConcerns: { type: 'doc' } },
    });
    const asParent = await api(app, `/api/sections/${sectionId}`, { token: parent.token });
    expect(asParent.body).toMatchObject({
      myRole: 'parent',
      permissions: { view: true, edit: false, editParts: ['parentConcerns', 'homeStrategies'] },
    });
    const reads = await app.prisma.client.auditEvent.count({ where: { action: 'section.read', sectionId } });
    expect(reads).toBe(2);
  });

  it("never shows a parent another student's section: 404 over HTTP for the section and its token", async () => {
    const ot = await login(app, 'ot@demo.school');
    const parent = await login(app, 'parent@demo.school');
    const other = await sectionOf(app, ot, 'Ava');
    const read = await api(app, `/api/sections/${other}`, { token: parent.token });
    expect(read.status).toBe(404);
    expect(read.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    const token = await api(app, `/api/sections/${other}/collab-token`, { method: 'POST', token: parent.token });
    expect(token.status).toBe(404);
    expect(JSON.stringify(read.body)).not.toContain('Ava');
  });

  it('answers an unknown section with 404, a malformed id with 400, and no session with 401', async () => {
    const ot = await login(app, 'ot@demo.school');
    expect((await api(app, '/api/sections/00000000-0000-4000-8000-000000000000', { token: ot.token })).status).toBe(
      404,
    );
    const bad = await api(app, '/api/sections/not-a-uuid', { token: ot.token });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await api(app, '/api/students')).status).toBe(401);
  });

  it('issues a collab token with the document socket URL', async () => {
    const ot = await login(app, 'ot@demo.school');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    const res = await api(app, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token: ot.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      token: expect.any(String),
      url: `ws://127.0.0.1:${app.running.port}/collab/${sectionId}`,
    });
  });

  it('serves health and the OpenAPI document describing every route', async () => {
    expect(await api(app, '/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', db: 'ok', redis: 'off' },
    });
    const doc = (await api(app, '/api/docs-json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).sort()).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/students',
        '/api/sections/{sectionId}',
        '/api/sections/{sectionId}/collab-token',
      ]),
    );
  });
});

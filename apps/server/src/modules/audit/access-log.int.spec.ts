import { api, freshStore, login, sectionOf, startApp, STORES, type Session, type TestApp } from '../../test/test-app';

interface Entry {
  actorName: string | null;
  actorRole: string | null;
  action: string;
  detail: unknown;
}

describe.each(STORES)('access log and dashboard on %s', (kind) => {
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  let studentId: string;

  beforeEach(async () => {
    app = await startApp(await freshStore(kind));
    ot = await login(app, 'ot@demo.school');
    teacher = await login(app, 'teacher@demo.school');
    parent = await login(app, 'parent@demo.school');
    admin = await login(app, 'admin@demo.school');
    sectionId = await sectionOf(app, ot, 'Mateo');
    studentId = ((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as { studentId: string }).studentId;
  });
  afterEach(() => app.stop());

  const log = (session: Session, query = '') => api(app, `/api/students/${studentId}/access-log${query}`, { token: session.token });

  it('shows a parent who outside the family opened the record, without details, and the admin everything with filters', async () => {
    await api(app, `/api/sections/${sectionId}`, { token: teacher.token });
    await api(app, `/api/sections/${sectionId}`, { token: parent.token });

    const family = (await log(parent)).body as { entries: Entry[] };
    expect(family.entries.length).toBeGreaterThan(0);
    expect(family.entries.some((e) => e.actorRole === 'parent')).toBe(false);
    expect(family.entries.find((e) => e.actorName === 'Tom Baker (Teacher)' && e.action === 'section.read')).toBeDefined();
    expect(family.entries.every((e) => e.detail === null)).toBe(true);

    const all = (await log(admin, '?action=section.read')).body as { entries: Entry[] };
    expect(all.entries.map((e) => e.actorRole).sort()).toEqual(['ot', 'parent', 'teacher']);
    expect(all.entries.every((e) => e.action === 'section.read')).toBe(true);
    const future = (await log(admin, '?from=2999-01-01')).body as { entries: Entry[] };
    expect(future.entries).toEqual([]);
  });

  it('refuses the log to a teacher (403), to anyone off the team (404), and bad filters (400)', async () => {
    expect((await log(teacher)).status).toBe(403);
    const ava = await sectionOf(app, ot, 'Ava');
    const avaStudent = ((await api(app, `/api/sections/${ava}`, { token: ot.token })).body as { studentId: string }).studentId;
    expect((await api(app, `/api/students/${avaStudent}/access-log`, { token: parent.token })).status).toBe(404);
    expect((await log(admin, '?from=2026-13-01')).status).toBe(400);
    expect((await log(admin, '?limit=0')).status).toBe(400);
  });

  it('puts a section on the administrator’s desk once the OT and the family have signed, and lists families yet to answer', async () => {
    const move = (to: string, extra: Record<string, unknown> = {}) => api(app, `/api/sections/${sectionId}/transition`, { method: 'POST', token: ot.token, body: { to, ...extra } });
    const respondBy = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await move('family_review', { respondBy });
    const waiting = (await api(app, '/api/dashboard', { token: admin.token })).body as { familiesNotResponded: { sectionId: string; respondBy: string; overdue: boolean }[] };
    expect(waiting.familiesNotResponded).toEqual([expect.objectContaining({ sectionId, respondBy, overdue: false })]);

    await move('meeting');
    await move('pending_signoff');
    const n = ((await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as { version: { number: number } }).version.number;
    let desk = (await api(app, '/api/dashboard', { token: admin.token })).body as { awaitingMySignoff: unknown[] };
    expect(desk.awaitingMySignoff).toEqual([]);
    await api(app, `/api/sections/${sectionId}/signoffs`, { method: 'POST', token: ot.token, body: { versionNumber: n, typedName: 'Olivia Torres', decision: 'approve' } });
    await api(app, `/api/sections/${sectionId}/signoffs`, { method: 'POST', token: parent.token, body: { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' } });
    desk = (await api(app, '/api/dashboard', { token: admin.token })).body as { awaitingMySignoff: unknown[] };
    expect(desk.awaitingMySignoff).toEqual([expect.objectContaining({ sectionId, versionNumber: n })]);
    expect((await api(app, '/api/dashboard', { token: parent.token })).status).toBe(403);
  });
});

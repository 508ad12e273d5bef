import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';

interface Entry {
  at: string;
  sectionId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  detail: unknown;
}

describe('access log and dashboard', () => {
  const running = appPerFile();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  let studentId: string;

  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
    ot = await login(app, world.emails.ot);
    teacher = await login(app, world.emails.teacher);
    parent = await login(app, world.emails.parent);
    admin = await login(app, world.emails.admin);
    sectionId = await sectionOf(app, ot, 'Mateo');
    studentId = ((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as { studentId: string })
      .studentId;
  });

  const log = (session: Session, query = '') =>
    api(app, `/api/students/${studentId}/access-log${query}`, { token: session.token });

  it('shows a parent who outside the family opened the record, without details, and the admin everything with filters', async () => {
    await api(app, `/api/sections/${sectionId}`, { token: teacher.token });
    await api(app, `/api/sections/${sectionId}`, { token: parent.token });

    const family = (await log(parent)).body as { entries: Entry[] };
    expect(family.entries.length).toBeGreaterThan(0);
    expect(family.entries.some((e) => e.actorRole === 'parent')).toBe(false);
    // The teacher's read is listed exactly once, with who, role and when, and no detail for a parent.
    const teacherReads = family.entries.filter(
      (e) => e.actorName === 'Tom Baker (Teacher)' && e.action === 'section.read',
    );
    expect(teacherReads).toEqual([
      expect.objectContaining({
        actorRole: 'teacher',
        sectionId,
        detail: null,
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    ]);
    expect(family.entries.every((e) => e.detail === null)).toBe(true);

    const all = (await log(admin, '?action=section.read')).body as { entries: Entry[] };
    expect(all.entries.map((e) => e.actorRole).sort()).toEqual(['ot', 'parent', 'teacher']);
    expect(all.entries.every((e) => e.action === 'section.read')).toBe(true);
    const future = (await log(admin, '?from=2100-12-31')).body as { entries: Entry[] };
    expect(future.entries).toEqual([]);
  });

  it('refuses the log to a teacher (403), to anyone off the team (404), and bad filters (400)', async () => {
    expect((await log(teacher)).status).toBe(403);
    const ava = await sectionOf(app, ot, 'Ava');
    const avaStudent = ((await api(app, `/api/sections/${ava}`, { token: ot.token })).body as { studentId: string })
      .studentId;
    expect((await api(app, `/api/students/${avaStudent}/access-log`, { token: parent.token })).status).toBe(404);
    expect((await log(admin, '?from=2026-13-01')).status).toBe(400);
    expect((await log(admin, '?limit=0')).status).toBe(400);
    // Dates are years 1900 to 2100, and a range may not end before it starts.
    for (const range of [
      '?from=2999-01-01',
      '?from=0000-01-01',
      '?from=2026-02-01&to=2026-01-01',
      '?limit=2147483648',
    ]) {
      expect((await log(admin, range)).body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('puts a section on the administrator’s desk once the OT and the family have signed, and lists families yet to answer', async () => {
    const move = (to: string, extra: Record<string, unknown> = {}) =>
      api(app, `/api/sections/${sectionId}/transition`, { method: 'POST', token: ot.token, body: { to, ...extra } });
    const respondBy = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await move('family_review', { respondBy });
    const waiting = (await api(app, '/api/dashboard', { token: admin.token })).body as {
      familiesNotResponded: { sectionId: string; respondBy: string; overdue: boolean }[];
    };
    expect(waiting.familiesNotResponded).toEqual([expect.objectContaining({ sectionId, respondBy, overdue: false })]);

    await move('meeting');
    await move('pending_signoff', { overrides: REASONS_FOR_EMPTY_SECTION });
    const n = (
      (await api(app, `/api/sections/${sectionId}/signoffs`, { token: ot.token })).body as {
        version: { number: number };
      }
    ).version.number;
    let desk = (await api(app, '/api/dashboard', { token: admin.token })).body as { awaitingMySignoff: unknown[] };
    expect(desk.awaitingMySignoff).toEqual([]);
    await api(app, `/api/sections/${sectionId}/signoffs`, {
      method: 'POST',
      token: ot.token,
      body: { versionNumber: n, typedName: 'Olivia Torres', decision: 'approve' },
    });
    await api(app, `/api/sections/${sectionId}/signoffs`, {
      method: 'POST',
      token: parent.token,
      body: { versionNumber: n, typedName: 'Paula Reyes', decision: 'consent' },
    });
    desk = (await api(app, '/api/dashboard', { token: admin.token })).body as { awaitingMySignoff: unknown[] };
    expect(desk.awaitingMySignoff).toEqual([expect.objectContaining({ sectionId, versionNumber: n })]);
    expect((await api(app, '/api/dashboard', { token: parent.token })).status).toBe(403);
  });

  it('keeps events about staff-only threads out of a parent’s access log, while staff still see them', async () => {
    const start = async (visibility: 'team' | 'staff', body: string) =>
      (
        (
          await api(app, `/api/sections/${sectionId}/threads`, {
            method: 'POST',
            token: ot.token,
            body: { part: 'presentLevels', quote: '', visibility, body, mentions: [] },
          })
        ).body as { id: string }
      ).id;
    const staffThread = await start('staff', 'Staff only: caseload');
    const teamThread = await start('team', 'For everyone');
    for (const id of [staffThread, teamThread]) {
      expect((await api(app, `/api/threads/${id}`, { token: teacher.token })).status).toBe(200);
      expect(
        (
          await api(app, `/api/threads/${id}/comments`, {
            method: 'POST',
            token: teacher.token,
            body: { body: 'Noted', mentions: [] },
          })
        ).status,
      ).toBe(201);
      expect((await api(app, `/api/threads/${id}/resolve`, { method: 'POST', token: ot.token })).status).toBe(200);
    }

    const count = (entries: Entry[], action: string) => entries.filter((e) => e.action === action).length;
    const family = ((await log(parent)).body as { entries: Entry[] }).entries;
    const staff = ((await log(admin)).body as { entries: Entry[] }).entries;
    for (const action of [
      'comments.thread_created',
      'comments.thread_read',
      'comments.comment_created',
      'comments.thread_resolved',
    ]) {
      expect({ action, parent: count(family, action), admin: count(staff, action) }).toEqual({
        action,
        parent: 1,
        admin: 2,
      });
    }
    const staffOnly = staff.filter(
      (e) =>
        typeof e.detail === 'object' &&
        e.detail !== null &&
        'visibility' in e.detail &&
        e.detail.visibility === 'staff',
    );
    expect(staffOnly).toHaveLength(4);
    // Filtering the staff-only traces keeps the parent's view of other accesses whole.
    expect(
      family
        .filter((e) => e.action === 'section.read' && e.actorRole === 'ot')
        .map((e) => ({ name: e.actorName, detail: e.detail })),
    ).toEqual(expect.arrayContaining([{ name: 'Olivia Torres (OT)', detail: null }]));
    expect(family.every((e) => e.detail === null)).toBe(true);
  });
});

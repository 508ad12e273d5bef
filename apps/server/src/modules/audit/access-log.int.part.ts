import type { World } from '../../test/factories';
import { sectionPerTest } from '../../test/section-scene';
import { api, type Session, type TestApp } from '../../test/test-app';
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
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let admin: Session;
  let sectionId: string;
  let studentId: string;

  beforeEach(async () => {
    ({
      app,
      world,
      sectionId,
      as: { ot, teacher, parent, admin },
    } = scene());
    studentId = ((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as { studentId: string })
      .studentId;
  });

  const log = (session: Session, query = '') =>
    api(app, `/api/students/${studentId}/access-log${query}`, { token: session.token });

  interface Group {
    day: string;
    actorId: string | null;
    actorName: string | null;
    actorRole: string | null;
    action: string;
    kind: string;
    purpose: string;
    count: number;
  }
  interface Page {
    groups: Group[];
    page: number;
    pageSize: number;
    total: number;
    people: { id: string; name: string | null; role: string | null }[];
  }
  const trail = (session: Session, query = '') =>
    api(app, `/api/students/${studentId}/access-log/entries${query}`, { token: session.token });
  const page = async (session: Session, query = '') => (await log(session, query)).body as Page;

  it('shows a parent who outside the family opened the record, grouped with a count and a purpose, and the admin the full trail', async () => {
    for (let i = 0; i < 3; i++) await api(app, `/api/sections/${sectionId}`, { token: teacher.token });
    await api(app, `/api/sections/${sectionId}`, { token: parent.token });

    const family = await page(parent);
    expect(family.groups.some((g) => g.actorRole === 'parent')).toBe(false);
    // The teacher's three reads are one row: who, role, day, how many times, and why.
    expect(family.groups.filter((g) => g.actorId === world.users.teacher && g.action === 'section.read')).toEqual([
      expect.objectContaining({
        actorName: 'Tom Baker',
        actorRole: 'teacher',
        count: 3,
        kind: 'view',
        purpose: 'planning',
        day: new Date().toISOString().slice(0, 10),
      }),
    ]);
    expect(family.people.map((p) => p.role)).not.toContain('parent');
    expect(family).not.toHaveProperty('groups.0.detail');
    // The raw trail, with details, is for staff who answer for the record.
    expect((await trail(parent)).status).toBe(403);
    const all = (await trail(admin, '?action=section.read')).body as { entries: Entry[] };
    expect(all.entries.map((e) => e.actorRole).sort()).toEqual(['ot', 'parent', 'teacher', 'teacher', 'teacher']);
    const future = (await trail(admin, '?from=2100-12-31')).body as { entries: Entry[] };
    expect(future.entries).toEqual([]);
  });

  it('groups by person, action and day in the reader’s time zone, filters by person, kind and dates, and pages', async () => {
    const at = (iso: string) => new Date(iso);
    const event = (actorId: string, actorRole: string, action: string, createdAt: string) => ({
      actorId,
      actorRole,
      action,
      studentId,
      sectionId,
      createdAt: at(createdAt),
    });
    await app.prisma.client.auditEvent.createMany({
      data: [
        ...[1, 2, 3].map((h) => event(world.users.teacher, 'teacher', 'section.read', `2025-12-02T1${h}:00:00Z`)),
        event(world.users.teacher, 'teacher', 'section.read', '2025-12-01T10:00:00Z'),
        event(world.users.ot, 'ot', 'meeting.joined', '2025-12-02T15:00:00Z'),
        event(world.users.ot, 'ot', 'section.exported', '2025-12-02T16:00:00Z'),
        event(world.users.parent, 'parent', 'section.read', '2025-12-02T16:00:00Z'),
      ],
    });
    const range = '&from=2025-12-01&to=2025-12-02';
    const first = await page(parent, `?pageSize=2${range}`);
    expect({ total: first.total, page: first.page, size: first.groups.length }).toEqual({ total: 4, page: 1, size: 2 });
    const second = await page(parent, `?pageSize=2&page=2${range}`);
    const rows = [...first.groups, ...second.groups].map((g) => [g.day, g.actorRole, g.action, g.count, g.purpose]);
    expect(rows).toEqual([
      ['2025-12-02', 'ot', 'section.exported', 1, 'recordRequest'],
      ['2025-12-02', 'ot', 'meeting.joined', 1, 'meeting'],
      ['2025-12-02', 'teacher', 'section.read', 3, 'planning'],
      ['2025-12-01', 'teacher', 'section.read', 1, 'planning'],
    ]);
    expect((await page(parent, `?pageSize=2&page=3${range}`)).groups).toEqual([]);

    // Filters: a person, a kind of access, one day.
    const teacherOnly = await page(parent, `?person=${world.users.teacher}${range}`);
    expect(teacherOnly.groups.map((g) => [g.day, g.count])).toEqual([
      ['2025-12-02', 3],
      ['2025-12-01', 1],
    ]);
    expect((await page(parent, `?kind=meeting${range}`)).groups.map((g) => g.action)).toEqual(['meeting.joined']);
    expect((await page(parent, `?kind=copy${range}`)).groups.map((g) => g.purpose)).toEqual(['recordRequest']);
    expect((await page(parent, '?from=2025-12-01&to=2025-12-01')).groups.map((g) => g.count)).toEqual([1]);
    // Days are the reader's: 8 hours west of UTC, the 11:00–13:00 UTC reads fall on 2 Dec 03:00–05:00,
    // the 10:00 read of 1 Dec on 1 Dec 02:00; 10 hours east, 15:00 and 16:00 UTC move to 3 Dec.
    const west = await page(parent, `?tzOffset=-480&person=${world.users.teacher}${range}`);
    expect(west.groups.map((g) => [g.day, g.count])).toEqual([
      ['2025-12-02', 3],
      ['2025-12-01', 1],
    ]);
    const east = await page(parent, `?tzOffset=600&person=${world.users.ot}&from=2025-12-03&to=2025-12-03`);
    expect(east.groups.map((g) => [g.day, g.action])).toEqual([
      ['2025-12-03', 'section.exported'],
      ['2025-12-03', 'meeting.joined'],
    ]);
    // Staff see the family's own accesses too.
    const staff = await page(admin, `?person=${world.users.parent}${range}`);
    expect(staff.groups.map((g) => [g.actorRole, g.count])).toEqual([['parent', 1]]);
  });

  it('refuses bad paging and filters with 400 VALIDATION_FAILED, never a 500 or an empty page', async () => {
    for (const query of [
      '?page=0',
      '?page=abc',
      '?pageSize=1000',
      '?kind=section.read',
      '?person=someone',
      '?tzOffset=9999',
      '?action=section.read',
      '?from=2026-02-01&to=2026-01-01',
      '?from=2026-13-01',
    ]) {
      const res = await log(parent, query);
      expect({ query, status: res.status, body: res.body }).toMatchObject({
        query,
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED' } },
      });
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
    const staff = ((await trail(admin)).body as { entries: Entry[] }).entries;
    const family = (await page(parent)).groups;
    const familyCount = (action: string) =>
      family.filter((g) => g.action === action).reduce((sum, g) => sum + g.count, 0);
    for (const action of [
      'comments.thread_created',
      'comments.thread_read',
      'comments.comment_created',
      'comments.thread_resolved',
    ]) {
      expect({ action, parent: familyCount(action), admin: count(staff, action) }).toEqual({
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
    expect(family.filter((g) => g.action === 'section.read' && g.actorRole === 'ot').map((g) => g.actorName)).toEqual([
      'Olivia Torres',
    ]);
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, sectionOf, type Session, type TestApp } from '../../test/test-app';

async function download(
  app: TestApp,
  session: Session,
  studentId: string,
): Promise<{ status: number; type: string | null; files: Record<string, Uint8Array> }> {
  const res = await fetch(`${app.baseUrl}/api/students/${studentId}/record`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    files: res.status === 200 ? unzipSync(bytes) : {},
  };
}

const parse = (bytes: Uint8Array | undefined): unknown => JSON.parse(strFromU8(bytes ?? new Uint8Array()));

describe("the family's record export", () => {
  const running = appPerFile();
  let world: World;
  let app: TestApp;
  let parent: Session;
  let ot: Session;
  let sectionId: string;
  let studentId: string;

  beforeAll(async () => {
    app = running();
    world = await newWorld(app);
    [parent, ot] = await Promise.all([login(app, world.emails.parent), login(app, world.emails.ot)]);
    sectionId = await sectionOf(app, ot, 'Mateo');
    studentId = (
      await app.prisma.client.otSection.findUniqueOrThrow({
        where: { id: sectionId },
        select: { plan: { select: { studentId: true } } },
      })
    ).plan.studentId;
    for (const name of ['Before the meeting', 'After the meeting']) {
      expect(
        (await api(app, `/api/sections/${sectionId}/versions`, { method: 'POST', token: ot.token, body: { name } }))
          .status,
      ).toBe(201);
    }
    for (const visibility of ['team', 'staff'] as const) {
      const body = { part: 'presentLevels', quote: '', visibility, body: `A ${visibility} thread` };
      expect(
        (await api(app, `/api/sections/${sectionId}/threads`, { method: 'POST', token: ot.token, body })).status,
      ).toBe(201);
    }
  });

  it('gives a parent one zip with the student, every version as PDF and data, their comments and the access log', async () => {
    const { status, type, files } = await download(app, parent, studentId);
    expect(status).toBe(200);
    expect(type).toBe('application/zip');
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'access-log.json',
        'plans/1-iep/comments.json',
        'plans/1-iep/section.json',
        'plans/1-iep/versions/v1.json',
        'plans/1-iep/versions/v1.pdf',
        'plans/1-iep/versions/v2.json',
        'plans/1-iep/versions/v2.pdf',
        'student.json',
      ].sort(),
    );
    expect(parse(files['student.json'])).toMatchObject({
      name: 'Mateo Reyes',
      dateOfBirth: '2017-03-14',
      plans: [{ kind: 'iep' }],
    });
    expect(strFromU8(files['plans/1-iep/versions/v2.pdf'] ?? new Uint8Array()).startsWith('%PDF-')).toBe(true);
    expect(parse(files['plans/1-iep/versions/v2.json'])).toMatchObject({
      version: { number: 2, name: 'After the meeting' },
      signatures: [],
    });
  });

  it('holds only what the parent may see: the team thread and not the staff-only one, an access log without details', async () => {
    const { files } = await download(app, parent, studentId);
    const threads = parse(files['plans/1-iep/comments.json']) as { visibility: string }[];
    expect(threads.map((t) => t.visibility)).toEqual(['team']);
    expect(strFromU8(files['plans/1-iep/comments.json'] ?? new Uint8Array())).not.toContain('A staff thread');
    const log = parse(files['access-log.json']) as { action: string; actorId: string; detail: unknown }[];
    expect(log.filter((entry) => entry.action === 'section.version_saved').map((entry) => entry.actorId)).toEqual([
      ot.userId,
      ot.userId,
    ]);
    expect(log.every((entry) => entry.detail === null)).toBe(true);
  });

  it('records the export, and refuses a teacher (403) and a student the parent is not on the team of (404)', async () => {
    const exported = await app.prisma.client.auditEvent.findFirstOrThrow({
      where: { action: 'record.exported', actorId: parent.userId },
    });
    expect(exported).toMatchObject({ studentId, actorRole: 'parent', detail: { plans: 1, versions: 2 } });
    const teacher = await login(app, world.emails.teacher);
    expect((await download(app, teacher, studentId)).status).toBe(403);
    expect((await download(app, parent, world.students.Ava.studentId)).status).toBe(404);
    expect((await download(app, parent, 'not-a-uuid')).status).toBe(400);
  });
});

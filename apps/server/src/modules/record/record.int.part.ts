import { strFromU8, unzipSync } from 'fflate';
import * as Y from 'yjs';
import type { MeetingState } from '@iep/shared';
import { appPerFile, newWorld, type World } from '../../test/factories';
import {
  api,
  collabToken,
  connectProvider,
  login,
  sectionOf,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../../test/test-app';

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
    const threadIds: Record<string, string> = {};
    for (const visibility of ['team', 'staff'] as const) {
      const body = { part: 'presentLevels', quote: '', visibility, body: `A ${visibility} thread` };
      const made = await api(app, `/api/sections/${sectionId}/threads`, { method: 'POST', token: ot.token, body });
      expect(made.status).toBe(201);
      threadIds[visibility] = (made.body as { id: string }).id;
    }
    // A meeting: the parent writes in the shared notes, the team resolves the team thread (a decision).
    const post = (path: string, body: unknown = {}) => api(app, path, { method: 'POST', token: ot.token, body });
    const meeting = (await post(`/api/sections/${sectionId}/meetings`, { scheduledFor: new Date().toISOString() }))
      .body as MeetingState;
    expect((await post(`/api/meetings/${meeting.id}/start`)).status).toBe(200);
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, parent, sectionId), doc);
    try {
      await synced(provider);
      const notes = doc.getMap<Y.XmlFragment>('meetingNotes').get(meeting.id);
      if (!notes) throw new Error('no notes fragment');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('We practise <b>buttons</b> at home.')]);
      notes.insert(0, [paragraph]);
      const check = new Y.Doc();
      const staff = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), check);
      await synced(staff);
      await waitFor(
        () => (check.getMap<Y.XmlFragment>('meetingNotes').get(meeting.id)?.toString() ?? '').includes('buttons'),
        5000,
        'the notes reaching the server',
      );
      staff.destroy();
    } finally {
      provider.destroy();
    }
    expect((await post(`/api/threads/${threadIds.team ?? ''}/resolve`)).status).toBe(200);
    expect((await post(`/api/threads/${threadIds.staff ?? ''}/resolve`)).status).toBe(200);
    expect((await post(`/api/meetings/${meeting.id}/end`)).status).toBe(200);
  });

  it('gives a parent one zip with the student, every version as PDF and data, their comments and the access log', async () => {
    const { status, type, files } = await download(app, parent, studentId);
    expect(status).toBe(200);
    expect(type).toBe('application/zip');
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'access-log.json',
        'access-log.html',
        'plans/1-iep/comments.json',
        'plans/1-iep/comments.html',
        'plans/1-iep/meetings.json',
        'plans/1-iep/meetings.html',
        'plans/1-iep/section.json',
        'plans/1-iep/versions/v1.json',
        'plans/1-iep/versions/v1.pdf',
        'plans/1-iep/versions/v2.json',
        'plans/1-iep/versions/v2.pdf',
        // The meeting saved a version where it started and one where it ended.
        'plans/1-iep/versions/v3.json',
        'plans/1-iep/versions/v3.pdf',
        'plans/1-iep/versions/v4.json',
        'plans/1-iep/versions/v4.pdf',
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

  it('adds the meetings with their notes and decisions, and readable HTML for the meetings, comments and access log', async () => {
    const { files } = await download(app, parent, studentId);
    const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
    expect(parse(files['plans/1-iep/meetings.json'])).toEqual([
      expect.objectContaining({
        status: 'ended',
        decisions: [{ kind: 'thread_resolved', title: 'A team thread' }],
        notes: 'We practise <b>buttons</b> at home.',
      }),
    ]);
    const meetings = text('plans/1-iep/meetings.html');
    expect(meetings).toContain('<html lang="en">');
    expect(meetings).toMatch(/<h2>Meeting of [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M Eastern/);
    expect(meetings).toContain('<li>Discussion resolved: A team thread</li>');
    expect(meetings).toContain('We practise &lt;b&gt;buttons&lt;/b&gt; at home.');
    expect(meetings).toContain('Times are in the America/New_York time zone.');

    const comments = text('plans/1-iep/comments.html');
    expect(comments).toContain('On present levels (resolved)');
    expect(comments).toMatch(/Olivia Torres, occupational therapist, [A-Z][a-z]+, /);
    expect(comments).toContain('<p>A team thread</p>');

    const log = text('access-log.html');
    expect(log).toContain('<th scope="col">When</th>');
    expect(log).toContain('<td>Olivia Torres, occupational therapist</td><td>Saved a version</td>');
    // Nothing staff-only, and no codes or ids where a family reads.
    for (const html of [meetings, comments, log]) {
      expect(html).not.toContain('A staff thread');
      expect(html).not.toMatch(/section\.version_saved|presentLevels|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
  });

  it('writes the readable pages in Spanish for a parent who reads Spanish', async () => {
    expect((await api(app, '/api/me', { method: 'PATCH', token: parent.token, body: { locale: 'es' } })).status).toBe(
      200,
    );
    try {
      const { files } = await download(app, parent, studentId);
      const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
      expect(text('plans/1-iep/meetings.html')).toContain('<li>Conversación resuelta: A team thread</li>');
      expect(text('plans/1-iep/meetings.html')).toMatch(/<h2>Reunión del [a-záéíóúñ]+, \d{1,2} de [a-z]+ de \d{4}/);
      expect(text('plans/1-iep/comments.html')).toContain('Sobre niveles actuales (resuelta)');
      expect(text('access-log.html')).toContain('<td>Guardó una versión</td>');
    } finally {
      await api(app, '/api/me', { method: 'PATCH', token: parent.token, body: { locale: 'en' } });
    }
  });

  it('holds only what the parent may see: the team thread and not the staff-only one, an access log without details', async () => {
    const { files } = await download(app, parent, studentId);
    const threads = parse(files['plans/1-iep/comments.json']) as { visibility: string }[];
    expect(threads.map((t) => t.visibility)).toEqual(['team']);
    expect(strFromU8(files['plans/1-iep/comments.json'] ?? new Uint8Array())).not.toContain('A staff thread');
    const log = parse(files['access-log.json']) as { action: string; actorId: string; detail: unknown }[];
    // Two saved by hand, one when the meeting ended.
    expect(log.filter((entry) => entry.action === 'section.version_saved').map((entry) => entry.actorId)).toEqual([
      ot.userId,
      ot.userId,
      ot.userId,
    ]);
    expect(log.every((entry) => entry.detail === null)).toBe(true);
  });

  it('records the export, and refuses a teacher (403) and a student the parent is not on the team of (404)', async () => {
    const exported = await app.prisma.client.auditEvent.findFirstOrThrow({
      where: { action: 'record.exported', actorId: parent.userId },
    });
    expect(exported).toMatchObject({ studentId, actorRole: 'parent', detail: { plans: 1, versions: 4 } });
    const teacher = await login(app, world.emails.teacher);
    expect((await download(app, teacher, studentId)).status).toBe(403);
    expect((await download(app, parent, world.students.Ava.studentId)).status).toBe(404);
    expect((await download(app, parent, 'not-a-uuid')).status).toBe(400);
  });
});

import * as Y from 'yjs';
import type { Socket } from 'socket.io-client';
import { ErrorCode, fragmentPlainText, fragmentToJson, type AccessChangedEvent, type ThreadDto } from '@iep/shared';
import type { World } from '../../test/factories';
import { sectionPerTest } from '../../test/section-scene';
import { api, collabToken, connectProvider, synced, waitFor, type Session, type TestApp } from '../../test/test-app';

const REASON = 'Moved to another school';

function typeInto(doc: Y.Doc, part: string, text: string): void {
  const fragment = doc.getXmlFragment(part);
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [paragraph]);
  });
}
const textOf = (doc: Y.Doc, part: string): string => fragmentPlainText(fragmentToJson(doc.getXmlFragment(part)));

describe('team membership changes', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let admin: Session;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let studentId: string;
  let sectionId: string;
  const cleanup: (() => void)[] = [];

  beforeEach(async () => {
    ({
      app,
      world,
      sectionId,
      as: { admin, ot, teacher, parent },
    } = scene());
    const row = await app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { plan: { select: { studentId: true } } },
    });
    studentId = row.plan.studentId;
  });
  afterEach(() => {
    for (const fn of cleanup.splice(0)) fn();
  });

  const openDoc = async (session: Session) => {
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    cleanup.push(() => provider.destroy());
    await synced(provider);
    const closed = new Promise<number>((resolve) => provider.ws?.addEventListener('close', (e) => resolve(e.code)));
    return { doc, provider, closed };
  };

  const openApp = async (session: Session) => {
    const { io } = await import('socket.io-client');
    const socket: Socket = io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'] });
    cleanup.push(() => socket.disconnect());
    const heard = { threads: [] as ThreadDto[], access: [] as AccessChangedEvent[] };
    socket.on('thread:changed', (t: ThreadDto) => heard.threads.push(t));
    socket.on('access:changed', (e: AccessChangedEvent) => heard.access.push(e));
    expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
    return heard;
  };

  const postThread = async (visibility: 'team' | 'staff', body: string) => {
    const res = await api(app, `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: 'presentLevels', quote: '', visibility, body },
    });
    expect(res.status).toBe(201);
  };

  it('closes a removed teacher’s open document socket, takes them out of the live rooms and refuses HTTP, and logs who and why', async () => {
    const live = await openDoc(teacher);
    const heard = await openApp(teacher);
    const otHeard = await openApp(ot);
    const res = await api(app, `/api/students/${studentId}/team/${teacher.userId}/remove`, {
      method: 'POST',
      token: admin.token,
      body: { reason: REASON },
    });
    expect(res.status).toBe(204);
    const started = Date.now();
    expect(await live.closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(3000);
    await waitFor(() => heard.access.length === 1, 3000, 'access:changed');
    expect(heard.access[0]).toEqual({ studentId, role: null });

    await postThread('team', 'After the removal');
    // The same broadcast reaches the OT, still in the room: once she has it, the teacher would have too.
    await waitFor(() => otHeard.threads.length === 1, 3000, 'the thread reaching the OT');
    expect(heard.threads).toEqual([]);
    expect((await api(app, `/api/sections/${sectionId}`, { token: teacher.token })).status).toBe(404);
    expect(
      (await api(app, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token: teacher.token })).status,
    ).toBe(404);

    const event = await app.prisma.client.auditEvent.findFirstOrThrow({
      where: { action: 'team.member_removed', studentId },
    });
    expect(event).toMatchObject({
      actorId: admin.userId,
      actorRole: 'admin',
      detail: { userId: teacher.userId, role: 'teacher', reason: REASON },
    });
  });

  it('keeps a member whose role changed to parent connected, writing only in the parent’s parts and out of the staff room', async () => {
    const otLive = await openDoc(ot);
    const live = await openDoc(teacher);
    const heard = await openApp(teacher);
    const res = await api(app, `/api/students/${studentId}/team/${teacher.userId}`, {
      method: 'PATCH',
      token: admin.token,
      body: { role: 'parent', reason: 'Is the student’s guardian' },
    });
    expect(res).toMatchObject({ status: 200, body: { role: 'parent' } });
    await waitFor(() => heard.access.length === 1, 3000, 'access:changed');
    expect(heard.access[0]).toEqual({ studentId, role: 'parent' });

    // The same socket, with the parent's rights: their own parts go through, staff parts do not.
    typeInto(live.doc, 'parentConcerns', 'allowed for a parent');
    await waitFor(
      () => textOf(otLive.doc, 'parentConcerns').includes('allowed for a parent'),
      3000,
      'the parent-part edit',
    );
    // In a staff part a parent may only suggest: writing over it closes the socket (4400), nothing applied.
    typeInto(live.doc, 'presentLevels', 'staff text from a parent now');
    expect(await live.closed).toBe(4400);
    live.provider.disconnect();
    typeInto(otLive.doc, 'classroomStrategies', 'after the refusal');
    await waitFor(
      () => textOf(otLive.doc, 'classroomStrategies').includes('after the refusal'),
      3000,
      'the OT goes on',
    );
    expect(textOf(otLive.doc, 'presentLevels')).not.toContain('staff text from a parent now');

    await postThread('staff', 'Staff only, after the change');
    await postThread('team', 'For the whole team');
    await waitFor(() => heard.threads.length === 1, 3000, 'the team thread');
    expect(heard.threads.map((t) => t.visibility)).toEqual(['team']);
  });

  it('revokes a parent’s authority: their sockets close, the record disappears from their list, and the row stays with the reason', async () => {
    const live = await openDoc(parent);
    const res = await api(app, `/api/students/${studentId}/team/${parent.userId}/revoke-authority`, {
      method: 'POST',
      token: admin.token,
      body: { reason: 'Custody order 2026-114' },
    });
    expect(res.status).toBe(204);
    expect(await live.closed).toBe(4403);
    const list = await api(app, '/api/students', { token: parent.token });
    expect((list.body as { students: unknown[] }).students).toEqual([]);
    const row = await app.prisma.client.teamMembership.findUniqueOrThrow({
      where: { studentId_userId: { studentId, userId: parent.userId } },
    });
    expect(row.authorityRevokedReason).toBe('Custody order 2026-114');
    const again = await api(app, `/api/students/${studentId}/team/${parent.userId}/revoke-authority`, {
      method: 'POST',
      token: admin.token,
      body: { reason: 'twice' },
    });
    expect(again.status).toBe(409);
    const notParent = await api(app, `/api/students/${studentId}/team/${teacher.userId}/revoke-authority`, {
      method: 'POST',
      token: admin.token,
      body: { reason: 'not a parent' },
    });
    expect(notParent).toMatchObject({ status: 400, body: { error: { code: ErrorCode.BadRequest } } });
  });

  it('refuses changes from a teacher or OT (403), without a reason (400), for a stranger (404), and of the last leader (409)', async () => {
    const target = `/api/students/${studentId}/team/${parent.userId}`;
    expect(
      (await api(app, `${target}/remove`, { method: 'POST', token: teacher.token, body: { reason: REASON } })).status,
    ).toBe(403);
    expect(
      (await api(app, `${target}/remove`, { method: 'POST', token: ot.token, body: { reason: REASON } })).status,
    ).toBe(403);
    expect((await api(app, `${target}/remove`, { method: 'POST', token: admin.token, body: {} })).body).toMatchObject({
      error: { code: ErrorCode.ValidationFailed },
    });
    expect(
      (await api(app, target, { method: 'PATCH', token: admin.token, body: { role: 'principal', reason: REASON } }))
        .status,
    ).toBe(400);
    const stranger = await api(app, `/api/students/${studentId}/team/00000000-0000-4000-8000-000000000000/remove`, {
      method: 'POST',
      token: admin.token,
      body: { reason: REASON },
    });
    expect(stranger.status).toBe(404);
    // A parent asking about a student they are not on the team of learns nothing about it.
    expect(
      (
        await api(app, `/api/students/${world.students.Ava.studentId}/team/${teacher.userId}/remove`, {
          method: 'POST',
          token: parent.token,
          body: { reason: REASON },
        })
      ).status,
    ).toBe(404);

    expect(
      (
        await api(app, `/api/students/${studentId}/team/${ot.userId}/remove`, {
          method: 'POST',
          token: admin.token,
          body: { reason: REASON },
        })
      ).status,
    ).toBe(204);
    const self = await api(app, `/api/students/${studentId}/team/${admin.userId}/remove`, {
      method: 'POST',
      token: admin.token,
      body: { reason: REASON },
    });
    expect(self).toMatchObject({ status: 409, body: { error: { code: ErrorCode.LastLeader } } });
    expect(await app.prisma.client.teamMembership.count({ where: { studentId, userId: admin.userId } })).toBe(1);
  });
});

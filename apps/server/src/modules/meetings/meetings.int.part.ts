import * as Y from 'yjs';
import { addGoal, type MeetingState } from '@iep/shared';
import { serverHasGoal, until } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import {
  api,
  collabToken,
  connectProvider,
  sectionOf,
  synced,
  waitFor,
  type Session,
  type TestApp,
} from '../../test/test-app';

type Client = Awaited<ReturnType<typeof connectIo>>;

async function connectIo(app: TestApp, session: Session) {
  const { io } = await import('socket.io-client');
  return io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
}

describe('meeting mode', () => {
  const scene = sectionPerTest();
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let sectionId: string;
  const sockets: Client[] = [];

  beforeEach(() => {
    ({
      app,
      sectionId,
      as: { ot, teacher, parent },
    } = scene());
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  const schedule = async (body: Record<string, unknown> = {}) =>
    api(app, `/api/sections/${sectionId}/meetings`, {
      method: 'POST',
      token: ot.token,
      body: {
        scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
        videoUrl: 'https://meet.example.org/abc',
        ...body,
      },
    });
  const post = (session: Session, path: string, body?: unknown) =>
    api(app, path, { method: 'POST', token: session.token, body });
  const socketFor = async (session: Session) => {
    const socket = await connectIo(app, session);
    sockets.push(socket);
    await socket.timeout(3000).emitWithAck('section:join', { sectionId });
    return socket;
  };

  it('records attendance as people join, drop and leave, and turns it into the attendance page', async () => {
    const meeting = (await schedule()).body as MeetingState;
    expect(meeting).toMatchObject({ status: 'scheduled', videoUrl: 'https://meet.example.org/abc' });
    const started = await post(ot, `/api/meetings/${meeting.id}/start`);
    expect(started.body).toMatchObject({ status: 'in_progress', facilitator: { name: 'Olivia Torres' } });
    expect(
      ((await api(app, `/api/sections/${sectionId}`, { token: ot.token })).body as { status: string }).status,
    ).toBe('meeting');

    const watcher = await socketFor(teacher);
    const seen: MeetingState[] = [];
    watcher.on('meeting:state', (s: MeetingState) => seen.push(s));
    const parentSocket = await socketFor(parent);
    const joined = await parentSocket
      .timeout(3000)
      .emitWithAck('meeting:join', { meetingId: meeting.id, mode: 'phone', interpreter: true });
    expect(joined).toMatchObject({
      ok: true,
      state: {
        participants: [
          expect.objectContaining({ name: 'Paula Reyes', mode: 'phone', interpreter: true, state: 'present' }),
        ],
      },
    });
    await waitFor(() => seen.some((s) => s.participants.length === 1), 3000, 'the team seeing the parent join');

    parentSocket.disconnect();
    await waitFor(
      () => seen.some((s) => s.participants.some((p) => p.state === 'dropped')),
      3000,
      'the parent marked dropped',
    );
    const back = await socketFor(parent);
    const rejoined = await back.timeout(3000).emitWithAck('meeting:join', { meetingId: meeting.id, mode: 'video' });
    expect(rejoined).toMatchObject({
      ok: true,
      state: { participants: [expect.objectContaining({ state: 'present', mode: 'video' })] },
    });
    expect(await back.timeout(3000).emitWithAck('meeting:leave', { meetingId: meeting.id })).toMatchObject({
      ok: true,
      state: { participants: [] },
    });

    const ended = (await post(ot, `/api/meetings/${meeting.id}/end`)).body as MeetingState;
    expect(ended.status).toBe('ended');
    const line = ended.summary?.attendance.find((a) => a.name === 'Paula Reyes');
    expect(line).toMatchObject({
      role: 'parent',
      modes: ['phone', 'video'],
      interpreter: true,
      drops: 1,
      lastLeftAt: expect.any(String),
    });
    const stretches = await app.prisma.client.meetingAttendance.findMany({
      where: { meetingId: meeting.id },
      orderBy: { joinedAt: 'asc' },
    });
    expect(stretches.map((s) => s.endReason)).toEqual(['dropped', 'left']);
  });

  it('refuses a second start, a join of another student’s meeting, a join before the start, and bad input', async () => {
    const meeting = (await schedule()).body as MeetingState;
    const early = await socketFor(teacher);
    expect(
      await early.timeout(3000).emitWithAck('meeting:join', { meetingId: meeting.id, mode: 'video' }),
    ).toMatchObject({ ok: false, code: 'MEETING_NOT_RUNNING' });
    expect((await post(ot, `/api/meetings/${meeting.id}/start`)).status).toBe(200);
    const again = await post(ot, `/api/meetings/${meeting.id}/start`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: { code: 'MEETING_ALREADY_RUNNING', message: 'This meeting is already running' },
    });
    const second = (await schedule()).body as MeetingState;
    expect((await post(ot, `/api/meetings/${second.id}/start`)).body).toMatchObject({
      error: { code: 'MEETING_ALREADY_RUNNING' },
    });
    expect((await post(teacher, `/api/meetings/${meeting.id}/end`)).status).toBe(403);

    const ava = await sectionOf(app, ot, 'Ava');
    const avaMeeting = (
      await api(app, `/api/sections/${ava}/meetings`, {
        method: 'POST',
        token: ot.token,
        body: { scheduledFor: new Date().toISOString() },
      })
    ).body as MeetingState;
    await post(ot, `/api/meetings/${avaMeeting.id}/start`);
    const stranger = await socketFor(parent);
    expect(
      await stranger.timeout(3000).emitWithAck('meeting:join', { meetingId: avaMeeting.id, mode: 'video' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await stranger.timeout(3000).emitWithAck('meeting:join', { meetingId: meeting.id, mode: 'carrier pigeon' }),
    ).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect((await schedule({ videoUrl: 'javascript:alert(1)' })).status).toBe(400);
    expect((await schedule({ scheduledFor: 'tomorrow' })).status).toBe(400);
    expect(
      (await schedule({ invitedUserIds: [parent.userId, '00000000-0000-4000-8000-000000000000'] })).body,
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { fields: [{ field: 'invitedUserIds' }] } } });
  });

  it('excuses a member only with the parent’s written consent and, where their area is discussed, their written input first', async () => {
    const meeting = (await schedule()).body as MeetingState;
    const requested = (
      await post(ot, `/api/meetings/${meeting.id}/excusals`, { userId: teacher.userId, areaDiscussed: true })
    ).body as MeetingState;
    const excusal = requested.excusals[0];
    if (!excusal) throw new Error('no excusal');
    expect(excusal.missing).toEqual(['parent_consent', 'written_input']);
    const refused = await post(ot, `/api/meetings/${meeting.id}/excusals/${excusal.id}/confirm`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'EXCUSAL_INCOMPLETE', details: { missing: ['parent_consent', 'written_input'] } },
    });

    expect(
      (
        await post(teacher, `/api/meetings/${meeting.id}/excusals/${excusal.id}/consent`, {
          typedName: 'Tom Baker',
          agree: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(parent, `/api/meetings/${meeting.id}/excusals/${excusal.id}/consent`, {
          typedName: 'Paula Reyes',
          agree: true,
        })
      ).status,
    ).toBe(200);
    expect((await post(ot, `/api/meetings/${meeting.id}/excusals/${excusal.id}/confirm`)).body).toMatchObject({
      error: { details: { missing: ['written_input'] } },
    });
    expect((await post(ot, `/api/meetings/${meeting.id}/excusals/${excusal.id}/input`, { text: 'x' })).status).toBe(
      403,
    );
    expect(
      (
        await post(teacher, `/api/meetings/${meeting.id}/excusals/${excusal.id}/input`, {
          text: 'Mateo uses the slant board in class daily.',
        })
      ).status,
    ).toBe(200);
    const confirmed = (await post(ot, `/api/meetings/${meeting.id}/excusals/${excusal.id}/confirm`))
      .body as MeetingState;
    expect(confirmed.excusals[0]).toMatchObject({
      confirmedAt: expect.any(String),
      missing: [],
      parentConsentBy: 'Paula Reyes',
    });
    expect(
      (await post(ot, `/api/meetings/${meeting.id}/excusals`, { userId: parent.userId, areaDiscussed: false })).status,
    ).toBe(400);

    await post(ot, `/api/meetings/${meeting.id}/start`);
    expect(
      (await post(teacher, `/api/meetings/${meeting.id}/excusals/${excusal.id}/input`, { text: 'late' })).body,
    ).toMatchObject({ error: { code: 'MEETING_ALREADY_RUNNING' } });
    const ended = (await post(ot, `/api/meetings/${meeting.id}/end`)).body as MeetingState;
    expect(ended.summary?.excused).toEqual([
      {
        name: 'Tom Baker',
        role: 'teacher',
        areaDiscussed: true,
        writtenInput: 'Mateo uses the slant board in class daily.',
      },
    ]);
  });

  it('builds the agenda from what the compliance panel flags, keeps the facilitator’s order, times items, and summarises changes and notes', async () => {
    const meeting = (await schedule()).body as MeetingState;
    expect(meeting.agenda.map((i) => i.kind)).toContain('check');
    await post(ot, `/api/meetings/${meeting.id}/agenda-items`, { title: 'Bus transition' });
    const withCustom = ((await api(app, `/api/meetings/${meeting.id}`, { token: ot.token })).body as MeetingState)
      .agenda;
    const custom = withCustom.find((i) => i.kind === 'custom');
    if (!custom) throw new Error('no custom item');
    const reordered = (
      await api(app, `/api/meetings/${meeting.id}/agenda`, {
        method: 'PUT',
        token: ot.token,
        body: { order: [custom.key] },
      })
    ).body as MeetingState;
    expect(reordered.agenda[0]?.key).toBe(custom.key);

    await post(ot, `/api/meetings/${meeting.id}/start`);
    const lead = await socketFor(ot);
    const follower = await socketFor(parent);
    const followed = new Promise<MeetingState>((resolve) =>
      follower.on('meeting:state', (s: MeetingState) => s.nowDiscussing && resolve(s)),
    );
    expect(
      await follower
        .timeout(3000)
        .emitWithAck('meeting:discuss', { meetingId: meeting.id, target: { kind: 'part', part: 'goals' } }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await lead
        .timeout(3000)
        .emitWithAck('meeting:discuss', { meetingId: meeting.id, target: { kind: 'agenda', key: custom.key } }),
    ).toMatchObject({ ok: true });
    const discussedAt = Date.now();
    expect((await followed).nowDiscussing?.target).toEqual({ kind: 'agenda', key: custom.key });

    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, parent, sectionId), doc);
    try {
      await synced(provider);
      const notes = doc.getMap<Y.XmlFragment>('meetingNotes').get(meeting.id);
      if (!notes) throw new Error('no notes fragment');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Family asked about handwriting at home.')]);
      notes.insert(0, [paragraph]);
      const staffDoc = new Y.Doc();
      const staff = connectProvider(app, sectionId, await collabToken(app, ot, sectionId), staffDoc);
      await synced(staff);
      const goalId = addGoal(staffDoc, { behavior: 'writes his name legibly' });
      await until(() => serverHasGoal(app, ot, sectionId, goalId), 'the goal reaching the server');
      const staffNotes = (): string => staffDoc.getMap<Y.XmlFragment>('meetingNotes').get(meeting.id)?.toString() ?? '';
      await waitFor(
        () => staffNotes().includes('Family asked about handwriting at home.'),
        5000,
        'the notes reaching the server',
      );
      // The item's time is whole seconds of the clock: it has to have been discussed for one.
      await waitFor(() => Date.now() - discussedAt >= 1000, 2000, 'a second of discussion');
      await lead
        .timeout(3000)
        .emitWithAck('meeting:discuss', { meetingId: meeting.id, target: { kind: 'part', part: 'goals' } });
      const ended = (await post(ot, `/api/meetings/${meeting.id}/end`)).body as MeetingState;
      staff.destroy();
      expect(ended.summary?.itemSeconds[custom.key]).toBeGreaterThanOrEqual(1);
      expect(ended.summary?.changes.records).toEqual([
        { root: 'goals', change: 'added', title: 'writes his name legibly' },
      ]);
      const stored = await app.prisma.client.meeting.findUnique({ where: { id: meeting.id }, select: { notes: true } });
      expect(JSON.stringify(stored?.notes)).toContain('Family asked about handwriting at home.');
    } finally {
      provider.destroy();
    }
  });
});

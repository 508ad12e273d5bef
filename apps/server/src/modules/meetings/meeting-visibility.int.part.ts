import { randomUUID } from 'node:crypto';
import type { DiscussTarget, MeetingAck, MeetingState, NotificationList, ThreadDto } from '@iep/shared';
import type { World } from '../../test/factories';
import { sectionPerTest, type SectionScene } from '../../test/section-scene';
import { api, waitFor, type Session, type TestApp } from '../../test/test-app';
import { NotificationsService } from '../notifications/notifications.service';

type Client = Awaited<ReturnType<typeof connectIo>>;

async function connectIo(app: TestApp, session: Session) {
  const { io } = await import('socket.io-client');
  return io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
}

/**
 * Security finding 3 of issue 15: a staff-only thread's id reached the family through the meeting.
 * What a client names for a meeting is checked against the agenda and against what everyone in it may
 * see; and whatever is stored, the family's views of a meeting pass the thread visibility filter.
 */
describe('a meeting never carries a staff-only thread to the family', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let teacher: Session;
  let parent: Session;
  let sectionId: string;
  let staffOnly: ThreadDto;
  let teamThread: ThreadDto;
  let meetingId: string;
  const sockets: Client[] = [];

  let post: SectionScene['post'];
  let thread: SectionScene['thread'];
  const socketFor = async (session: Session): Promise<{ socket: Client; heard: MeetingState[] }> => {
    const socket = await connectIo(app, session);
    sockets.push(socket);
    const heard: MeetingState[] = [];
    socket.on('meeting:state', (s: MeetingState) => heard.push(s));
    expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
    return { socket, heard };
  };
  const meetingAs = async (session: Session): Promise<MeetingState> =>
    (await api(app, `/api/meetings/${meetingId}`, { token: session.token })).body as MeetingState;
  const listAs = async (session: Session): Promise<MeetingState[]> =>
    (
      (await api(app, `/api/sections/${sectionId}/meetings`, { token: session.token })).body as {
        meetings: MeetingState[];
      }
    ).meetings;
  const stored = () =>
    app.prisma.client.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { nowDiscussing: true, itemSeconds: true, agendaOrder: true },
    });
  const mentionsStaffOnly = (value: unknown): boolean => {
    const text = JSON.stringify(value);
    return text.includes(staffOnly.id) || text.includes('caseload');
  };

  beforeEach(async () => {
    ({
      app,
      world,
      sectionId,
      post,
      thread,
      as: { ot, teacher, parent },
    } = scene());
    staffOnly = await thread(ot, { visibility: 'staff', body: 'Staff only: caseload note' });
    teamThread = await thread(teacher, {
      part: 'presentLevels',
      quote: 'slow handwriting',
      body: 'Is this still true?',
    });
    const scheduled = await post(ot, `/api/sections/${sectionId}/meetings`, {
      scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
      invitedUserIds: [],
    });
    meetingId = (scheduled.body as MeetingState).id;
    expect((await post(ot, `/api/meetings/${meetingId}/start`)).status).toBe(200);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  it('refuses the facilitator’s discuss of a staff-only thread and of keys and parts not on the agenda, and an agenda order naming them; nothing is stored', async () => {
    const lead = await socketFor(ot);
    const family = await socketFor(parent);
    const discuss = (target: DiscussTarget): Promise<MeetingAck> =>
      lead.socket.timeout(3000).emitWithAck('meeting:discuss', { meetingId, target });

    const refused: DiscussTarget[] = [
      { kind: 'agenda', key: `thread:${staffOnly.id}` },
      { kind: 'agenda', key: `parent_input:${staffOnly.id}` },
      { kind: 'agenda', key: `thread:${randomUUID()}` },
      { kind: 'agenda', key: `proposal:${randomUUID()}` },
      { kind: 'agenda', key: `custom:${randomUUID()}` },
      { kind: 'agenda', key: 'check:goal_measurable:goals/nowhere' },
      { kind: 'part', part: `goals/${staffOnly.id}` },
    ];
    for (const target of refused)
      expect(await discuss(target)).toEqual({ ok: false, code: 'MEETING_TARGET_UNKNOWN', message: expect.any(String) });
    expect(await discuss({ kind: 'part', part: `meetingNotes/${meetingId}` })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });

    const reorder = await api(app, `/api/meetings/${meetingId}/agenda`, {
      method: 'PUT',
      token: ot.token,
      body: { order: [`thread:${teamThread.id}`, `thread:${staffOnly.id}`] },
    });
    expect(reorder.status).toBe(400);
    expect(reorder.body).toMatchObject({
      error: { code: 'MEETING_TARGET_UNKNOWN', details: { keys: [`thread:${staffOnly.id}`] } },
    });
    expect(await stored()).toEqual({ nowDiscussing: null, itemSeconds: {}, agendaOrder: [] });

    // What is on the agenda, and a part of the section, are still taken; the family hears them.
    expect(await discuss({ kind: 'agenda', key: `thread:${teamThread.id}` })).toMatchObject({ ok: true });
    expect(await discuss({ kind: 'part', part: 'goals' })).toMatchObject({ ok: true });
    await waitFor(
      () => family.heard.some((s) => s.nowDiscussing?.target.kind === 'part'),
      3000,
      'the family hearing the part discussed',
    );
    expect(mentionsStaffOnly(family.heard)).toBe(false);
    expect(Object.keys((await stored()).itemSeconds as Record<string, number>)).toEqual([`thread:${teamThread.id}`]);
  });

  it('keeps a staff-only key stored by an older build from the family’s GET, list, meeting:state, summary, notice and mail, while staff still see it', async () => {
    const staffKey = `thread:${staffOnly.id}`;
    const teamKey = `thread:${teamThread.id}`;
    // What a build without the agenda check stored when the facilitator named a staff-only thread.
    await app.prisma.client.meeting.update({
      where: { id: meetingId },
      data: {
        nowDiscussing: { target: { kind: 'agenda', key: staffKey }, since: new Date(Date.now() - 5_000).toISOString() },
        itemSeconds: { [staffKey]: 42, [teamKey]: 7 },
      },
    });

    const familyView = await meetingAs(parent);
    expect(familyView).toMatchObject({ nowDiscussing: null, itemSeconds: { [teamKey]: 7 } });
    expect(mentionsStaffOnly(familyView)).toBe(false);
    expect(mentionsStaffOnly(await listAs(parent))).toBe(false);
    const staffView = await meetingAs(teacher);
    expect(staffView.nowDiscussing?.target).toEqual({ kind: 'agenda', key: staffKey });
    expect(staffView.itemSeconds[staffKey]).toBeGreaterThanOrEqual(42);
    expect(JSON.stringify(await listAs(teacher))).toContain(staffOnly.id);

    // The parent joining publishes the meeting to the section's rooms, and answers the parent.
    const family = await socketFor(parent);
    const staff = await socketFor(teacher);
    const joined = await family.socket.timeout(3000).emitWithAck('meeting:join', { meetingId, mode: 'video' });
    expect(joined).toMatchObject({ ok: true, state: { nowDiscussing: null } });
    expect(mentionsStaffOnly(joined)).toBe(false);
    const joinedBy = (heard: MeetingState[]) =>
      heard.some((s) => s.participants.some((p) => p.userId === parent.userId));
    await waitFor(() => joinedBy(family.heard) && joinedBy(staff.heard), 3000, 'both rooms hearing the parent join');
    expect(mentionsStaffOnly(family.heard)).toBe(false);
    expect(staff.heard.at(-1)?.nowDiscussing?.target).toEqual({ kind: 'agenda', key: staffKey });

    const ended = (await post(ot, `/api/meetings/${meetingId}/end`)).body as MeetingState;
    expect(ended.summary?.itemSeconds[staffKey]).toBeGreaterThanOrEqual(42);
    await app.running.app.get(NotificationsService).drain();
    await waitFor(
      () => joinedBy(family.heard) && family.heard.some((s) => s.status === 'ended'),
      3000,
      'the family hearing the end',
    );
    expect(mentionsStaffOnly(family.heard)).toBe(false);
    const familySummary = (await meetingAs(parent)).summary;
    expect(familySummary?.itemSeconds).toEqual({ [teamKey]: 7 });
    expect(mentionsStaffOnly(await meetingAs(parent))).toBe(false);
    expect((await meetingAs(teacher)).summary?.itemSeconds[staffKey]).toBeGreaterThanOrEqual(42);

    const notices = ((await api(app, '/api/notifications', { token: parent.token })).body as NotificationList)
      .notifications;
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'meeting_summary', detail: expect.objectContaining({ meetingId }) }),
    ]);
    expect(mentionsStaffOnly(notices)).toBe(false);
    // The summary mail (the invitation, sent when the meeting was scheduled, says nothing of threads).
    const mails = await app.prisma.client.mailOutbox.findMany({
      where: { to: world.emails.parent, subject: { startsWith: 'Meeting summary' } },
    });
    expect(mails).toEqual([
      expect.objectContaining({
        subject: expect.stringContaining('Meeting summary'),
        text: expect.stringContaining('What is open:'),
      }),
    ]);
    expect(mentionsStaffOnly(mails)).toBe(false);

    // A stored summary that lists the staff-only thread as open: staff read it, the family does not.
    const summary = await app.prisma.client.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { summary: true },
    });
    const open = {
      key: staffKey,
      kind: 'thread',
      title: 'Staff only: caseload note',
      part: 'parentConcerns',
      state: 'open',
    };
    await app.prisma.client.meeting.update({
      where: { id: meetingId },
      data: { summary: { ...(summary.summary as object), open: [open] } },
    });
    expect(mentionsStaffOnly(await meetingAs(parent))).toBe(false);
    expect(mentionsStaffOnly(await listAs(parent))).toBe(false);
    expect((await meetingAs(teacher)).summary?.open).toEqual([open]);
  });
});

import type { MeetingState } from '@iep/shared';
import type { World } from '../../test/factories';
import { until } from '../../test/proposals-kit';
import { sectionPerTest } from '../../test/section-scene';
import { api, type Session, type TestApp } from '../../test/test-app';

describe('one way to start a meeting', () => {
  const scene = sectionPerTest();
  let world: World;
  let app: TestApp;
  let ot: Session;
  let sectionId: string;

  beforeEach(() => {
    ({
      app,
      world,
      sectionId,
      as: { ot },
    } = scene());
  });

  const schedule = (scheduledFor: string) =>
    api(app, `/api/sections/${sectionId}/meetings`, { method: 'POST', token: ot.token, body: { scheduledFor } });
  const versions = () =>
    app.prisma.client.sectionVersion.findMany({ where: { sectionId }, select: { number: true, reason: true } });

  it('refuses to schedule a meeting in the past (400 MEETING_IN_PAST) and stores nothing; "now" is accepted', async () => {
    const past = await schedule(new Date(Date.now() - 3 * 3_600_000).toISOString());
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({
      error: { code: 'MEETING_IN_PAST', details: { fields: [{ field: 'scheduledFor' }] } },
    });
    expect(await app.prisma.client.meeting.count({ where: { sectionId } })).toBe(0);
    expect((await schedule(new Date(Date.now() - 30_000).toISOString())).status).toBe(201);
  });

  it('saves one version when the workflow’s "Start the meeting" and the meeting’s start are both pressed', async () => {
    const meeting = (await schedule(new Date(Date.now() + 3_600_000).toISOString())).body as MeetingState;
    const moved = await api(app, `/api/sections/${sectionId}/transition`, {
      method: 'POST',
      token: ot.token,
      body: { to: 'meeting' },
    });
    expect(moved.status).toBe(200);
    const started = await api(app, `/api/meetings/${meeting.id}/start`, { method: 'POST', token: ot.token });
    expect(started.status).toBe(200);
    expect(await versions()).toEqual([{ number: 1, reason: 'start_meeting' }]);
    const row = await app.prisma.client.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: { status: true, startVersion: true },
    });
    expect(row).toEqual({ status: 'in_progress', startVersion: 1 });
  });

  it('moves the section and starts the meeting with one version when the meeting is started from a draft', async () => {
    const meeting = (await schedule(new Date(Date.now() + 3_600_000).toISOString())).body as MeetingState;
    expect((await api(app, `/api/meetings/${meeting.id}/start`, { method: 'POST', token: ot.token })).status).toBe(200);
    expect(await versions()).toEqual([{ number: 1, reason: 'start_meeting' }]);
    const section = await app.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { status: true },
    });
    expect(section.status).toBe('meeting');
    // A second meeting in the same state marks its own start.
    await api(app, `/api/meetings/${meeting.id}/end`, { method: 'POST', token: ot.token });
    const second = (await schedule(new Date(Date.now() + 3_600_000).toISOString())).body as MeetingState;
    await api(app, `/api/meetings/${second.id}/start`, { method: 'POST', token: ot.token });
    const reasons = (await versions()).map((v) => v.reason);
    expect(reasons.filter((r) => r === 'meeting_started')).toHaveLength(1);
  });

  it('mails the invitation to everyone invited but the organizer, with the meeting as a calendar file (.ics)', async () => {
    const at = new Date(Date.now() + 2 * 86_400_000);
    at.setUTCHours(15, 30, 0, 0);
    const meeting = (
      await api(app, `/api/sections/${sectionId}/meetings`, {
        method: 'POST',
        token: ot.token,
        body: { scheduledFor: at.toISOString(), videoUrl: 'https://meet.example.org/mateo' },
      })
    ).body as MeetingState;
    const read = async () =>
      app.prisma.client.mailOutbox.findMany({
        where: { to: { in: Object.values(world.emails) }, subject: { startsWith: 'Invitation' } },
        select: { to: true, attachments: true },
      });
    await until(async () => (await read()).length >= 3, 'the invitations');
    const mails = await read();
    expect(mails.map((m) => m.to).sort()).toEqual(
      [world.emails.teacher, world.emails.parent, world.emails.admin].sort(),
    );
    const [file] = mails[0]?.attachments as { filename: string; contentType: string; content: string }[];
    expect(file).toMatchObject({ filename: 'meeting.ics', contentType: expect.stringMatching(/^text\/calendar/) });
    const stamp = at
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(file?.content).toContain('BEGIN:VCALENDAR\r\n');
    expect(file?.content).toContain(`UID:${meeting.id}@iep-workspace`);
    expect(file?.content).toContain(`DTSTART:${stamp}`);
    expect(file?.content).toContain('URL:https://meet.example.org/mateo');
    // Long lines are folded (CRLF and a space); unfolded, each invitee is an attendee.
    expect(file?.content.replace(/\r\n /g, '')).toContain(`mailto:${world.emails.parent}`);
  });
});

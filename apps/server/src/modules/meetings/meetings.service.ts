import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  can,
  ensureMeetingNotes,
  ErrorCode,
  fragmentPlainText,
  meetingNotesJson,
  type MeetingState,
  type ScheduleMeeting,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { Prisma } from '../../generated/prisma/client';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { VersionsService } from '../versions/versions.service';
import { WorkflowService } from '../workflow/workflow.service';
import { MailService } from '../mail/mail.service';
import { meetingEndedFields, NoticeDrafts } from '../notices/notice-drafts';
import { MeetingAgenda } from './meeting-agenda';
import { meetingIcs } from './meeting-ics';
import { MeetingSummaries } from './meeting-summary';
import { summaryText } from './meeting-summary-text';
import { MeetingTargets } from './meeting-targets';
import { customItemsOf, discussingOf, meetingState, secondsOf, targetKey } from './meeting-view';
import {
  keysOfState,
  keysOfSummary,
  MeetingVisibility,
  ROOM_VISIBILITIES,
  threadVisibilitiesOf,
} from './meeting-visibility';
import { MeetingsRepository, type MeetingRow } from './meetings.repository';

/** "Now" as typed a moment ago is still now: a meeting may be scheduled this far in the past. */
export const SCHEDULE_GRACE_MS = 5 * 60_000;

export const meetingConflict = (code: ErrorCode, message: string, details?: unknown): AppError =>
  new AppError(HttpStatus.CONFLICT, code, message, details);

/** Scheduling, starting and ending meetings, and the agenda. Presence lives in MeetingPresence. */
@Injectable()
export class MeetingsService {
  private readonly logger = new Logger(MeetingsService.name);

  constructor(
    private readonly repo: MeetingsRepository,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly agenda: MeetingAgenda,
    private readonly summaries: MeetingSummaries,
    private readonly versions: VersionsService,
    private readonly workflow: WorkflowService,
    private readonly commands: CommandRunner,
    private readonly events: SectionEvents,
    private readonly notificationRows: NotificationsRepository,
    private readonly visibility: MeetingVisibility,
    private readonly targets: MeetingTargets,
    private readonly mail: MailService,
    private readonly notices: NoticeDrafts,
  ) {}

  /** The meeting and the caller's standing on its section; 404 when either is out of reach. */
  async requireMeeting(
    ctx: AuthContext,
    meetingId: string,
    lead = false,
  ): Promise<{ row: MeetingRow; section: SectionAccess }> {
    const row = await this.repo.find(meetingId);
    if (!row) throw AppError.notFound('No such meeting');
    const section = await this.access.requireSection(ctx.user.id, row.sectionId, 'section.view').catch(() => {
      throw AppError.notFound('No such meeting');
    });
    if (lead && !can({ userId: ctx.user.id, role: section.role }, 'meeting.lead'))
      throw AppError.forbidden('Only the OT or the administrator runs the meeting');
    return { row, section };
  }

  /** The meeting as stored, for the server's own use (the summary); readers get `viewFor`. */
  async fullState(row: MeetingRow, section: SectionAccess): Promise<MeetingState> {
    const [team, items] = await Promise.all([this.repo.team(row.sectionId), this.agenda.build(section, row)]);
    return meetingState(row, team, items);
  }

  /** The meeting as the caller may see it: through the thread visibility filter. */
  async viewFor(ctx: AuthContext, row: MeetingRow, section: SectionAccess): Promise<MeetingState> {
    const state = await this.fullState(row, section);
    const lens = await this.visibility.lens(row.sectionId, keysOfState(state));
    return lens.state(state, threadVisibilitiesOf({ userId: ctx.user.id, role: section.role }, section.status));
  }

  /**
   * Reloads the meeting and pushes it to the team: the section's staff room hears the staff's view,
   * the rest of the section room (the family) a view with nothing staff-only. Returns the caller's.
   */
  async publish(ctx: AuthContext, meetingId: string, section: SectionAccess): Promise<MeetingState> {
    const row = await this.repo.find(meetingId);
    if (!row) throw AppError.notFound('No such meeting');
    const state = await this.fullState(row, section);
    const lens = await this.visibility.lens(row.sectionId, keysOfState(state));
    this.events.meeting({
      sectionId: row.sectionId,
      section: lens.state(state, ROOM_VISIBILITIES.section),
      staff: lens.state(state, ROOM_VISIBILITIES.staff),
    });
    return lens.state(state, threadVisibilitiesOf({ userId: ctx.user.id, role: section.role }, section.status));
  }

  async list(ctx: AuthContext, sectionId: string): Promise<MeetingState[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    const rows = await this.repo.forSection(sectionId);
    return Promise.all(rows.map((row) => this.viewFor(ctx, row, section)));
  }

  async get(ctx: AuthContext, meetingId: string): Promise<MeetingState> {
    const { row, section } = await this.requireMeeting(ctx, meetingId);
    return this.viewFor(ctx, row, section);
  }

  async schedule(ctx: AuthContext, sectionId: string, body: ScheduleMeeting, ip: string): Promise<MeetingState> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'meeting.lead');
    if (new Date(body.scheduledFor).getTime() < Date.now() - SCHEDULE_GRACE_MS) {
      throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.MeetingInPast, 'Schedule the meeting for now or later', {
        fields: [{ field: 'scheduledFor', message: 'A time now or later' }],
      });
    }
    const team = await this.repo.team(sectionId);
    const strangers = body.invitedUserIds.filter((id) => !team.some((m) => m.userId === id));
    if (strangers.length > 0) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Invite members of the student’s team only',
        {
          fields: [{ field: 'invitedUserIds', message: 'Not on the team' }],
          notOnTeam: strangers,
        },
      );
    }
    const row = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const created = await this.repo.create(fx.tx, {
        sectionId,
        scheduledFor: new Date(body.scheduledFor),
        videoUrl: body.videoUrl ?? null,
        invited: body.invitedUserIds,
        createdById: ctx.user.id,
      });
      await fx.audit('meeting.scheduled', { meetingId: created.id, scheduledFor: body.scheduledFor });
      return created;
    });
    await this.createNotes(sectionId, row.id);
    await this.invite(ctx, row.id, sectionId, body);
    return this.publish(ctx, row.id, section);
  }

  /** The invitation by mail, with the meeting as a calendar file, to everyone invited but the organizer. */
  private async invite(ctx: AuthContext, meetingId: string, sectionId: string, body: ScheduleMeeting): Promise<void> {
    const facts = await this.repo.invitation(sectionId);
    if (!facts) return;
    const invited = facts.team.filter(
      (m) => m.userId !== ctx.user.id && (body.invitedUserIds.length === 0 || body.invitedUserIds.includes(m.userId)),
    );
    const start = new Date(body.scheduledFor);
    const summary = `IEP meeting for ${facts.studentName}`;
    const description = body.videoUrl ? `Join by video: ${body.videoUrl}` : 'The team meets to review the plan.';
    const ics = meetingIcs({
      id: meetingId,
      start,
      minutes: 60,
      summary,
      description,
      url: body.videoUrl ?? null,
      organizer: { name: ctx.user.name, email: ctx.user.email },
      attendees: invited.map((m) => ({ name: m.name, email: m.email })),
      now: new Date(),
    });
    for (const m of invited) {
      void this.mail.send({
        to: m.email,
        subject: `Invitation: ${summary}, ${start.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        text: `${ctx.user.name} invites you to ${summary}.\n\n${description}\n\nThe calendar file attached adds it to your calendar.`,
        districtId: facts.districtId,
        attachments: [
          { filename: 'meeting.ics', contentType: 'text/calendar; method=REQUEST; charset=UTF-8', content: ics },
        ],
      });
    }
  }

  async start(ctx: AuthContext, meetingId: string, ip: string): Promise<MeetingState> {
    const { row, section } = await this.requireMeeting(ctx, meetingId, true);
    const running = await this.repo.running(row.sectionId);
    if (running)
      throw meetingConflict(
        ErrorCode.MeetingAlreadyRunning,
        running.id === meetingId
          ? 'This meeting is already running'
          : 'Another meeting of this section is running; end it first',
        { runningMeetingId: running.id },
      );
    if (row.status !== 'scheduled')
      throw meetingConflict(
        ErrorCode.MeetingNotRunning,
        `This meeting has ${row.status === 'ended' ? 'ended' : 'been cancelled'}`,
      );
    if (section.status === 'pending_signoff' || section.status === 'approved') {
      throw meetingConflict(
        ErrorCode.SectionLocked,
        'The section is frozen for sign-off or approved; reopen or amend it before meeting',
      );
    }
    // One start: the section goes to its meeting state with the meeting and one version marks where
    // it started. Moved there a moment ago by the workflow's "Start the meeting", that move's
    // version is the start; only a second meeting in the same state saves a version of its own.
    const startVersion =
      section.status === 'meeting'
        ? ((await this.startMove(row.sectionId)) ??
          (await this.versions.create(ctx, row.sectionId, 'Meeting started', 'meeting_started')).number)
        : (await this.workflow.transition(ctx, row.sectionId, { to: 'meeting' }, ip)).versionNumber;
    const now = new Date();
    const started = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const moved = await this.repo.move(fx.tx, meetingId, 'scheduled', {
        status: 'in_progress',
        startedAt: now,
        facilitatorId: ctx.user.id,
        startVersion,
      });
      if (!moved) return false;
      await fx.audit('meeting.started', { meetingId, startVersion });
      return true;
    });
    if (!started) throw meetingConflict(ErrorCode.MeetingAlreadyRunning, 'This meeting is already running');
    return this.publish(ctx, meetingId, section);
  }

  async end(ctx: AuthContext, meetingId: string, ip: string): Promise<MeetingState> {
    const { row, section } = await this.requireMeeting(ctx, meetingId, true);
    if (row.status !== 'in_progress') throw meetingConflict(ErrorCode.MeetingNotRunning, 'This meeting is not running');
    const now = new Date();
    const discussing = discussingOf(row);
    const seconds = secondsOf(row);
    if (discussing) {
      const key = targetKey(discussing.target);
      seconds[key] =
        (seconds[key] ?? 0) + Math.max(0, Math.round((now.getTime() - Date.parse(discussing.since)) / 1000));
    }
    const endVersion = (await this.versions.create(ctx, row.sectionId, 'Meeting ended', 'meeting_ended')).number;
    const notes = await this.docs.read(row.sectionId, (doc) => this.summaries.notesJson(doc, meetingId));
    // The notes in words for the summary mail (the whole team, family included, wrote and reads them).
    const notesText = await this.docs.read(row.sectionId, (doc) => {
      const json = meetingNotesJson(doc, meetingId);
      return json === null ? '' : fragmentPlainText(json);
    });
    const ended = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const moved = await this.repo.move(fx.tx, meetingId, 'in_progress', {
        status: 'ended',
        endedAt: now,
        nowDiscussing: Prisma.DbNull,
        itemSeconds: seconds,
        notes: notes ?? Prisma.DbNull,
      });
      if (!moved) return false;
      await this.repo.endStretches(meetingId, null, 'ended', now, fx.tx);
      await fx.audit('meeting.ended', { meetingId, endVersion });
      return true;
    });
    if (!ended) throw meetingConflict(ErrorCode.MeetingNotRunning, 'This meeting is not running');
    const fresh = await this.repo.find(meetingId);
    if (fresh) {
      const state = await this.fullState(fresh, section);
      const summary = await this.summaries.build(fresh, state, endVersion);
      const lens = await this.visibility.lens(row.sectionId, keysOfSummary(summary));
      // The summary and the team's notices of it are written together; each notice (and its mail)
      // holds what its reader may see. The team's decisions also get a Prior Written Notice draft.
      await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
        await this.repo.update(meetingId, { summary: JSON.parse(JSON.stringify(summary)) as object }, fx.tx);
        const rejected = await this.notices.rejectedBetween(fx, row.sectionId, fresh.startedAt ?? now, now);
        await this.notices.draftIn(
          fx,
          { sectionId: row.sectionId, trigger: 'meeting_ended', sourceId: meetingId, createdById: ctx.user.id },
          meetingEndedFields(summary, rejected, await this.notices.dataUsed(fx, row.sectionId)),
        );
        const team = await this.notificationRows.team(fx.tx, row.sectionId);
        await fx.notify(
          team.map((m) => {
            const seen = lens.summary(
              summary,
              threadVisibilitiesOf({ userId: m.userId, role: m.role }, section.status),
            );
            return {
              userId: m.userId,
              kind: 'meeting_summary' as const,
              sectionId: row.sectionId,
              actorId: ctx.user.id,
              detail: { meetingId, summary: summaryText(seen, notesText ?? '') },
            };
          }),
        );
      });
    }
    return this.publish(ctx, meetingId, section);
  }

  async reorder(ctx: AuthContext, meetingId: string, order: string[]): Promise<MeetingState> {
    const { row, section } = await this.requireMeeting(ctx, meetingId, true);
    if (row.status === 'ended' || row.status === 'cancelled')
      throw meetingConflict(ErrorCode.MeetingNotRunning, 'This meeting is over');
    await this.targets.requireOnAgenda(row, section, order);
    await this.repo.update(meetingId, { agendaOrder: order });
    return this.publish(ctx, meetingId, section);
  }

  async addItem(ctx: AuthContext, meetingId: string, title: string): Promise<MeetingState> {
    const { row, section } = await this.requireMeeting(ctx, meetingId, true);
    if (row.status === 'ended' || row.status === 'cancelled')
      throw meetingConflict(ErrorCode.MeetingNotRunning, 'This meeting is over');
    await this.repo.update(meetingId, {
      customItems: [...customItemsOf(row), { key: `custom:${randomUUID()}`, title }],
    });
    return this.publish(ctx, meetingId, section);
  }

  /** Each meeting's notes are a rich-text fragment of their own in the section's document. */
  /** The version saved by the move into the meeting state, if no meeting has started from it yet. */
  private async startMove(sectionId: string): Promise<number | null> {
    const latest = await this.repo.latestVersion(sectionId);
    if (!latest || latest.reason !== 'start_meeting') return null;
    return (await this.repo.startedFrom(sectionId, latest.number)) ? null : latest.number;
  }

  private async createNotes(sectionId: string, meetingId: string): Promise<void> {
    const live = await this.docs.acquire(sectionId);
    try {
      ensureMeetingNotes(live.doc, meetingId, 'server');
    } finally {
      this.docs.release(sectionId);
    }
  }
}

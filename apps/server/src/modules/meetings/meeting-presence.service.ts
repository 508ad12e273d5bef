import { Injectable } from '@nestjs/common';
import { can, ErrorCode, type DiscussTarget, type JoinMeeting, type MeetingState } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { MeetingTargets } from './meeting-targets';
import { discussingOf, secondsOf, targetKey } from './meeting-view';
import { meetingConflict, MeetingsService } from './meetings.service';
import { MeetingsRepository } from './meetings.repository';

/**
 * Who is in the meeting, as joined stretches: joining opens one, leaving closes it as left, a lost
 * connection closes it as dropped (the person shows as dropped, not gone, and rejoins where the
 * meeting is). Also "now discussing", with a timer per item.
 */
@Injectable()
export class MeetingPresence {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly repo: MeetingsRepository,
    private readonly audit: AuditService,
    private readonly targets: MeetingTargets,
  ) {}

  async join(ctx: AuthContext, body: JoinMeeting, ip: string | null): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, body.meetingId);
    if (row.status !== 'in_progress')
      throw meetingConflict(
        ErrorCode.MeetingNotRunning,
        row.status === 'scheduled' ? 'The meeting has not started yet' : 'The meeting is over',
      );
    const open = await this.repo.openStretches(row.id, ctx.user.id);
    // A second tab of the same person is the same attendance.
    if (open.length === 0) {
      await this.repo.startStretch(row.id, ctx.user.id, section.role, body.mode, body.interpreter);
      await this.audit.record({
        action: 'meeting.joined',
        actorId: ctx.user.id,
        actorRole: section.role,
        studentId: section.studentId,
        sectionId: row.sectionId,
        ip,
        detail: { meetingId: row.id, mode: body.mode, interpreter: body.interpreter },
      });
    }
    return this.meetings.publish(ctx, row.id, section);
  }

  async leave(ctx: AuthContext, meetingId: string, reason: 'left' | 'dropped'): Promise<MeetingState | null> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId);
    if (row.status !== 'in_progress') return null;
    const ended = await this.repo.endStretches(row.id, ctx.user.id, reason, new Date());
    if (ended > 0) {
      await this.audit.record({
        action: reason === 'left' ? 'meeting.left' : 'meeting.dropped',
        actorId: ctx.user.id,
        actorRole: section.role,
        studentId: section.studentId,
        sectionId: row.sectionId,
        detail: { meetingId },
      });
    }
    return this.meetings.publish(ctx, row.id, section);
  }

  /**
   * The facilitator points everyone at an item of the agenda or a part of the section; time so far
   * is added to the last item. An unknown or staff-only target is refused and nothing is stored.
   */
  async discuss(ctx: AuthContext, meetingId: string, target: DiscussTarget): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId);
    if (!can({ userId: ctx.user.id, role: section.role }, 'meeting.lead'))
      throw AppError.forbidden('Only the OT or the administrator leads the discussion');
    if (row.status !== 'in_progress') throw meetingConflict(ErrorCode.MeetingNotRunning, 'The meeting is not running');
    // Only what is on the agenda (or in the section) and what everyone in the meeting may see.
    await this.targets.requireTarget(row, section, target);
    const now = new Date();
    const seconds = secondsOf(row);
    const previous = discussingOf(row);
    if (previous) {
      const key = targetKey(previous.target);
      seconds[key] = (seconds[key] ?? 0) + Math.max(0, Math.round((now.getTime() - Date.parse(previous.since)) / 1000));
    }
    await this.repo.update(row.id, { nowDiscussing: { target, since: now.toISOString() }, itemSeconds: seconds });
    return this.meetings.publish(ctx, row.id, section);
  }
}

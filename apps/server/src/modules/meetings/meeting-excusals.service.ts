import { HttpStatus, Injectable } from '@nestjs/common';
import { can, ErrorCode, excusalMissing, isFamily, type MeetingState } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CommandRunner, sectionScope } from '../command/command-runner';
import type { AuthContext } from '../auth/auth.types';
import { sameName } from '../signoff/signoff.service';
import { meetingConflict, MeetingsService } from './meetings.service';
import { MeetingsRepository } from './meetings.repository';

/**
 * Excusing a member (IDEA 300.321(e)): the facilitator asks, a parent agrees in writing, and when
 * the member's area is discussed the member writes their input before the meeting. Only then can
 * the excusal be confirmed.
 */
@Injectable()
export class MeetingExcusals {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly repo: MeetingsRepository,
    private readonly commands: CommandRunner,
  ) {}

  async request(ctx: AuthContext, meetingId: string, userId: string, areaDiscussed: boolean): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId, true);
    if (row.status !== 'scheduled')
      throw meetingConflict(ErrorCode.MeetingAlreadyRunning, 'Excusals are arranged before the meeting starts');
    const member = (await this.repo.team(row.sectionId)).find((m) => m.userId === userId);
    if (!member)
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Only a member of the team can be excused',
        { fields: [{ field: 'userId', message: 'Not on the team' }] },
      );
    if (isFamily(member.role))
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Parents are not excused from their child’s meeting',
        { fields: [{ field: 'userId', message: 'A parent' }] },
      );
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      await this.repo.requestExcusal(fx.tx, {
        meetingId,
        userId,
        role: member.role,
        areaDiscussed,
        requestedById: ctx.user.id,
      });
      await fx.audit('meeting.excusal_requested', { meetingId, userId, areaDiscussed });
    });
    return this.meetings.publish(ctx, meetingId, section);
  }

  async consent(ctx: AuthContext, meetingId: string, excusalId: string, typedName: string): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId);
    if (!can({ userId: ctx.user.id, role: section.role }, 'excusal.consent', { status: section.status }))
      throw AppError.forbidden('The parent or guardian gives this consent');
    const excusal = row.excusals.find((e) => e.id === excusalId);
    if (!excusal) throw AppError.notFound('No such excusal');
    if (!sameName(typedName, ctx.user.name)) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.SignatureNameMismatch,
        'Type your full name as it appears on your account',
        { fields: [{ field: 'typedName', message: 'Does not match your full name' }] },
      );
    }
    const now = new Date();
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      await this.repo.updateExcusal(fx.tx, excusalId, {
        parentConsentBy: ctx.user.id,
        parentConsentName: typedName,
        parentConsentAt: now,
      });
      await fx.audit('meeting.excusal_consented', { meetingId, excusalId, typedName });
    });
    return this.meetings.publish(ctx, meetingId, section);
  }

  async input(ctx: AuthContext, meetingId: string, excusalId: string, text: string): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId);
    const excusal = row.excusals.find((e) => e.id === excusalId);
    if (!excusal) throw AppError.notFound('No such excusal');
    if (excusal.userId !== ctx.user.id) throw AppError.forbidden('Only the excused member writes their input');
    if (row.status !== 'scheduled')
      throw meetingConflict(ErrorCode.MeetingAlreadyRunning, 'Written input is given before the meeting starts');
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      await this.repo.updateExcusal(fx.tx, excusalId, { writtenInput: text, writtenInputAt: new Date() });
      await fx.audit('meeting.excusal_input', { meetingId, excusalId });
    });
    return this.meetings.publish(ctx, meetingId, section);
  }

  async confirm(ctx: AuthContext, meetingId: string, excusalId: string): Promise<MeetingState> {
    const { row, section } = await this.meetings.requireMeeting(ctx, meetingId, true);
    const excusal = row.excusals.find((e) => e.id === excusalId);
    if (!excusal) throw AppError.notFound('No such excusal');
    const missing = excusalMissing({
      areaDiscussed: excusal.areaDiscussed,
      parentConsentAt: excusal.parentConsentAt?.toISOString() ?? null,
      writtenInputAt: excusal.writtenInputAt?.toISOString() ?? null,
    });
    if (missing.length > 0) {
      const words = missing
        .map((m) => (m === 'parent_consent' ? 'the parent’s written consent' : 'the member’s written input'))
        .join(' and ');
      throw meetingConflict(ErrorCode.ExcusalIncomplete, `This member cannot be excused yet: ${words} is missing`, {
        missing,
      });
    }
    await this.commands.commit(sectionScope(ctx, section, null), async (fx) => {
      await this.repo.updateExcusal(fx.tx, excusalId, { confirmedAt: new Date() });
      await fx.audit('meeting.excused', { meetingId, userId: excusal.userId });
    });
    return this.meetings.publish(ctx, meetingId, section);
  }
}

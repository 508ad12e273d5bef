import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import {
  agendaOrderSchema,
  customAgendaItemSchema,
  excusalConsentSchema,
  excusalInputSchema,
  excusalParamSchema as excusalParam,
  excusalRequestSchema,
  meetingIdParamSchema as meetingParam,
  scheduleMeetingSchema,
  sectionIdParamSchema,
  type MeetingState,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { MeetingExcusals } from './meeting-excusals.service';
import { MeetingsService } from './meetings.service';

const stateSchema = z.object({ id: z.string(), status: z.string() }).passthrough();

@ApiTags('meetings')
@Controller()
@UseGuards(AuthGuard)
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly excusals: MeetingExcusals,
  ) {}

  @Get('sections/:sectionId/meetings')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The meetings of a section, latest first',
    response: z.object({ meetings: z.array(stateSchema) }),
    errors: [400, 401, 404],
  })
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
  ): Promise<{ meetings: MeetingState[] }> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { meetings: await this.meetings.list(ctx, sectionId) };
  }

  @Post('sections/:sectionId/meetings')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Schedule a meeting: time, video link, invited members (OT or admin)',
    body: scheduleMeetingSchema,
    response: stateSchema,
    status: 201,
    errors: [400, 401, 403, 404],
  })
  schedule(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<MeetingState> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.meetings.schedule(ctx, sectionId, parseInput(scheduleMeetingSchema, body), clientIp(req));
  }

  @Get('meetings/:meetingId')
  @ApiRoute({
    params: meetingParam,
    summary: 'One meeting: state, attendance, agenda, now discussing, excusals, summary',
    response: stateSchema,
    errors: [400, 401, 404],
  })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Record<string, string>): Promise<MeetingState> {
    return this.meetings.get(ctx, parseInput(meetingParam, params).meetingId);
  }

  @Post('meetings/:meetingId/start')
  @HttpCode(200)
  @ApiRoute({
    params: meetingParam,
    summary: 'Start the meeting (the section moves to its meeting state); 409 when one is running',
    response: stateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  start(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Req() req: Request,
  ): Promise<MeetingState> {
    return this.meetings.start(ctx, parseInput(meetingParam, params).meetingId, clientIp(req));
  }

  @Post('meetings/:meetingId/end')
  @HttpCode(200)
  @ApiRoute({
    params: meetingParam,
    summary: 'End the meeting: attendance closes, notes are kept, the summary is written',
    response: stateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  end(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Req() req: Request,
  ): Promise<MeetingState> {
    return this.meetings.end(ctx, parseInput(meetingParam, params).meetingId, clientIp(req));
  }

  @Put('meetings/:meetingId/agenda')
  @ApiRoute({
    params: meetingParam,
    summary: 'Reorder the agenda (item keys in order)',
    body: agendaOrderSchema,
    response: stateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  reorder(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<MeetingState> {
    return this.meetings.reorder(
      ctx,
      parseInput(meetingParam, params).meetingId,
      parseInput(agendaOrderSchema, body).order,
    );
  }

  @Post('meetings/:meetingId/agenda-items')
  @ApiRoute({
    params: meetingParam,
    summary: 'Add an item of the facilitator’s own to the agenda',
    body: customAgendaItemSchema,
    response: stateSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  addItem(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<MeetingState> {
    return this.meetings.addItem(
      ctx,
      parseInput(meetingParam, params).meetingId,
      parseInput(customAgendaItemSchema, body).title,
    );
  }

  @Post('meetings/:meetingId/excusals')
  @ApiRoute({
    params: meetingParam,
    summary: 'Ask to excuse a member (before the meeting)',
    body: excusalRequestSchema,
    response: stateSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  requestExcusal(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<MeetingState> {
    const { userId, areaDiscussed } = parseInput(excusalRequestSchema, body);
    return this.excusals.request(ctx, parseInput(meetingParam, params).meetingId, userId, areaDiscussed);
  }

  @Post('meetings/:meetingId/excusals/:excusalId/consent')
  @HttpCode(200)
  @ApiRoute({
    params: excusalParam,
    summary: 'The parent’s written consent to the excusal (typed full name)',
    body: excusalConsentSchema,
    response: stateSchema,
    errors: [400, 401, 403, 404],
  })
  consent(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<MeetingState> {
    const { meetingId, excusalId } = parseInput(excusalParam, params);
    return this.excusals.consent(ctx, meetingId, excusalId, parseInput(excusalConsentSchema, body).typedName);
  }

  @Post('meetings/:meetingId/excusals/:excusalId/input')
  @HttpCode(200)
  @ApiRoute({
    params: excusalParam,
    summary: 'The excused member’s written input, before the meeting',
    body: excusalInputSchema,
    response: stateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  input(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
  ): Promise<MeetingState> {
    const { meetingId, excusalId } = parseInput(excusalParam, params);
    return this.excusals.input(ctx, meetingId, excusalId, parseInput(excusalInputSchema, body).text);
  }

  @Post('meetings/:meetingId/excusals/:excusalId/confirm')
  @HttpCode(200)
  @ApiRoute({
    params: excusalParam,
    summary: 'Confirm the excusal; 409 EXCUSAL_INCOMPLETE names what is missing',
    response: stateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  confirm(@CurrentAuth() ctx: AuthContext, @Param() params: Record<string, string>): Promise<MeetingState> {
    const { meetingId, excusalId } = parseInput(excusalParam, params);
    return this.excusals.confirm(ctx, meetingId, excusalId);
  }
}

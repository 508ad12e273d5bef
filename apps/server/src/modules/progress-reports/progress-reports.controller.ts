import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  createProgressReportRequestSchema,
  presentLevelsDraftSchema,
  type PresentLevelsDraft,
  progressReportIdParamSchema,
  progressReportListSchema,
  progressReportViewSchema,
  progressScheduleViewSchema,
  sectionIdParamSchema,
  setProgressScheduleRequestSchema,
  updateProgressReportRequestSchema,
  type ProgressReportList,
  type ProgressReportView,
  type ProgressScheduleView,
} from '@iep/shared';
import { recordAttachment } from '../../common/attachment';
import { ApiFile, ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { PresentLevelsService } from './present-levels.service';
import { ProgressReportsService } from './progress-reports.service';

type Params = Record<string, string>;

@ApiTags('progress reports')
@Controller()
@UseGuards(AuthGuard)
export class ProgressReportsController {
  constructor(
    private readonly reports: ProgressReportsService,
    private readonly presentLevels: PresentLevelsService,
  ) {}

  @Post('sections/:sectionId/present-levels/draft')
  @HttpCode(201)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary:
      'Draft the present levels from the last year’s goal data and service delivery (this section’s, else the student’s previous plan’s), written as the OT’s suggestion to accept or reject (409 SECTION_LOCKED, PRESENT_LEVELS_NO_PLAN)',
    response: presentLevelsDraftSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  draftPresentLevels(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<PresentLevelsDraft> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.presentLevels.draft(ctx, sectionId, clientIp(req));
  }

  @Get('sections/:sectionId/progress-reports')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The progress reports of a section, oldest first (drafts only for their writer, the OT)',
    response: progressReportListSchema,
    errors: [400, 401, 403, 404],
  })
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<ProgressReportList> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { reports: await this.reports.list(ctx, sectionId, clientIp(req)) };
  }

  @Post('sections/:sectionId/progress-reports')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary:
      'Draft a progress report for a period: each goal’s code and narrative drafted from its data, in the family’s language (400 PROGRESS_PERIOD_INVALID; 409 SECTION_NOT_APPROVED)',
    body: createProgressReportRequestSchema,
    response: progressReportViewSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  draft(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProgressReportView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.reports.draft(ctx, sectionId, parseInput(createProgressReportRequestSchema, body), clientIp(req));
  }

  @Get('sections/:sectionId/progress-schedule')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The plan’s reporting schedule and its due dates (null when none is set)',
    response: progressScheduleViewSchema,
    errors: [400, 401, 403, 404],
  })
  schedule(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<ProgressScheduleView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.reports.schedule(ctx, sectionId, clientIp(req));
  }

  @Put('sections/:sectionId/progress-schedule')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Set the reporting schedule: a first due date, then every N weeks to the annual review',
    body: setProgressScheduleRequestSchema,
    response: progressScheduleViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  setSchedule(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProgressScheduleView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.reports.setSchedule(ctx, sectionId, parseInput(setProgressScheduleRequestSchema, body), clientIp(req));
  }

  // Declared before `:id`, which would also take "….pdf".
  @Get('progress-reports/:id.pdf')
  @ApiFile({
    params: progressReportIdParamSchema,
    summary: 'One progress report as a PDF on the district letterhead, in the family’s language',
    type: 'application/pdf',
    description: 'The PDF, as an attachment',
    errors: { 400: 'The id is not a UUID', 401: 'No session', 404: 'No such report, or one the caller may not see' },
  })
  async pdf(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { id } = parseInput(progressReportIdParamSchema, params);
    return recordAttachment(res, await this.reports.pdf(ctx, id, clientIp(req)), 'application/pdf');
  }

  @Get('progress-reports/:id')
  @ApiRoute({
    params: progressReportIdParamSchema,
    summary: 'One progress report',
    response: progressReportViewSchema,
    errors: [400, 401, 404],
  })
  get(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<ProgressReportView> {
    return this.reports.get(ctx, parseInput(progressReportIdParamSchema, params).id, clientIp(req));
  }

  @Patch('progress-reports/:id')
  @ApiRoute({
    params: progressReportIdParamSchema,
    summary:
      'Edit a draft: per goal the code and narrative (400 GOAL_NOT_IN_PLAN; an issued report never changes: 409 PROGRESS_REPORT_ISSUED)',
    body: updateProgressReportRequestSchema,
    response: progressReportViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  update(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ProgressReportView> {
    const { id } = parseInput(progressReportIdParamSchema, params);
    return this.reports.update(ctx, id, parseInput(updateProgressReportRequestSchema, body), clientIp(req));
  }

  @Post('progress-reports/:id/issue')
  @HttpCode(200)
  @ApiRoute({
    params: progressReportIdParamSchema,
    summary: 'Issue a draft to the family: frozen, mailed in their language (409 PROGRESS_REPORT_ISSUED)',
    response: progressReportViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  issue(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<ProgressReportView> {
    return this.reports.issue(ctx, parseInput(progressReportIdParamSchema, params).id, clientIp(req));
  }

  @Post('progress-reports/:id/acknowledge')
  @HttpCode(200)
  @ApiRoute({
    params: progressReportIdParamSchema,
    summary: 'A parent acknowledges receiving an issued report (409 PROGRESS_REPORT_NOT_ISSUED; the time is kept once)',
    response: progressReportViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  acknowledge(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<ProgressReportView> {
    return this.reports.acknowledge(ctx, parseInput(progressReportIdParamSchema, params).id, clientIp(req));
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  correctServiceSessionRequestSchema,
  cosignServiceSessionRequestSchema,
  scheduleMakeUpRequestSchema,
  createServiceSessionRequestSchema,
  sectionIdParamSchema,
  serviceLogSchema,
  serviceMinutesQuerySchema,
  serviceMinutesSchema,
  serviceSessionIdParamSchema,
  serviceSessionVersionsSchema,
  serviceSessionViewSchema,
  type ServiceLog,
  type ServiceMinutes,
  type ServiceSessionVersions,
  type ServiceSessionView,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { ServiceLogService } from './service-log.service';

type Params = Record<string, string>;

@ApiTags('service log')
@Controller()
@UseGuards(AuthGuard)
export class ServiceLogController {
  constructor(private readonly log: ServiceLogService) {}

  @Get('sections/:sectionId/service-log')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The service log of a section: the current version of every entry, newest session first',
    response: serviceLogSchema,
    errors: [400, 401, 403, 404],
  })
  async list(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<ServiceLog> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { entries: await this.log.list(ctx, sectionId, clientIp(req)) };
  }

  @Post('sections/:sectionId/service-log')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary:
      'Record a session against the approved plan (400 SESSION_TIMES_INVALID, SESSION_OUTSIDE_PLAN, SESSION_OVERLAPS, GOAL_NOT_IN_PLAN, SERVICE_NOT_IN_PLAN, MAKEUP_TARGET_INVALID; 409 SECTION_NOT_APPROVED)',
    body: createServiceSessionRequestSchema,
    response: serviceSessionViewSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  record(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ServiceSessionView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.log.record(ctx, sectionId, parseInput(createServiceSessionRequestSchema, body), clientIp(req));
  }

  @Get('sections/:sectionId/service-minutes')
  @ApiRoute({
    params: sectionIdParamSchema,
    query: serviceMinutesQuerySchema,
    summary: 'Minutes required against delivered for each service of the grid, in the period around a date (today)',
    response: serviceMinutesSchema,
    errors: [400, 401, 403, 404],
  })
  minutes(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Query() query: unknown,
    @Req() req: Request,
  ): Promise<ServiceMinutes> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { on } = parseInput(serviceMinutesQuerySchema, query ?? {});
    return this.log.minutes(ctx, sectionId, on, clientIp(req));
  }

  @Get('service-log/:id/versions')
  @ApiRoute({
    params: serviceSessionIdParamSchema,
    summary: 'Every version of a service log entry, the first recording first',
    response: serviceSessionVersionsSchema,
    errors: [400, 401, 404],
  })
  async versions(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<ServiceSessionVersions> {
    const { id } = parseInput(serviceSessionIdParamSchema, params);
    return { versions: await this.log.versions(ctx, id, clientIp(req)) };
  }

  @Post('service-log/:id/corrections')
  @HttpCode(200)
  @ApiRoute({
    params: serviceSessionIdParamSchema,
    summary:
      'Correct an entry: a new version with the reason; the earlier versions are kept (entries are never deleted)',
    body: correctServiceSessionRequestSchema,
    response: serviceSessionViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  correct(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ServiceSessionView> {
    const { id } = parseInput(serviceSessionIdParamSchema, params);
    return this.log.correct(ctx, id, parseInput(correctServiceSessionRequestSchema, body), clientIp(req));
  }

  @Post('service-log/:id/cosign')
  @HttpCode(200)
  @ApiRoute({
    params: serviceSessionIdParamSchema,
    summary:
      'The supervising OT co-signs the named (current) version of an OTA’s entry; only then it counts as delivered (403 COSIGN_NOT_SUPERVISOR; 409 COSIGN_ALREADY_DONE, COSIGN_VERSION_SUPERSEDED, COSIGN_NOT_NEEDED, SECTION_NOT_APPROVED)',
    body: cosignServiceSessionRequestSchema,
    response: serviceSessionViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  cosign(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ServiceSessionView> {
    const { id } = parseInput(serviceSessionIdParamSchema, params);
    const { version } = parseInput(cosignServiceSessionRequestSchema, body);
    return this.log.cosign(ctx, id, version, clientIp(req));
  }

  @Put('service-log/:id/make-up')
  @ApiRoute({
    params: serviceSessionIdParamSchema,
    summary:
      'Schedule (or move) the make-up of a missed session the school owes, for a day from the missed one to the annual review (400 MAKEUP_DATE_INVALID, MAKEUP_TARGET_INVALID; 409 SECTION_NOT_APPROVED)',
    body: scheduleMakeUpRequestSchema,
    response: serviceSessionViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  scheduleMakeUp(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<ServiceSessionView> {
    const { id } = parseInput(serviceSessionIdParamSchema, params);
    const { date } = parseInput(scheduleMakeUpRequestSchema, body);
    return this.log.scheduleMakeUp(ctx, id, date, clientIp(req));
  }
}

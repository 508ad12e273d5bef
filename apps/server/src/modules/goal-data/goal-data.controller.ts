import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import {
  correctDataPointRequestSchema,
  cosignServiceSessionRequestSchema,
  createDataPointRequestSchema,
  dataPointIdParamSchema,
  dataPointVersionsSchema,
  dataPointViewSchema,
  ErrorCode,
  goalDataSchema,
  sectionIdParamSchema,
  type DataPointVersions,
  type DataPointView,
  type GoalData,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { GoalDataService } from './goal-data.service';

type Params = Record<string, string>;

/**
 * Like parseInput, but a value out of range (correct over total, no trials, a percentage outside
 * 0..100…) answers with its own stable code rather than the generic one, naming the fields.
 */
function parsePoint<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const coded = (i: z.core.$ZodIssue) =>
    i.code === 'custom' && (i.params as { code?: unknown } | undefined)?.code === ErrorCode.DataPointValueInvalid;
  if (result.error.issues.every(coded)) {
    const fields = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.DataPointValueInvalid, 'The value is out of range', {
      fields,
    });
  }
  return parseInput(schema, input);
}

const WRITE_ERRORS =
  '400 DATA_POINT_VALUE_INVALID, DATA_POINT_OUTSIDE_PLAN, DATA_POINT_KIND_MISMATCH, DATA_POINT_SESSION_INVALID, GOAL_NOT_IN_PLAN; 409 SECTION_NOT_APPROVED';

@ApiTags('goal data')
@Controller()
@UseGuards(AuthGuard)
export class GoalDataController {
  constructor(private readonly data: GoalDataService) {}

  @Get('sections/:sectionId/goal-data')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The data points of the section’s goals: the current version of each, oldest first',
    response: goalDataSchema,
    errors: [400, 401, 403, 404],
  })
  async list(@CurrentAuth() ctx: AuthContext, @Param() params: Params, @Req() req: Request): Promise<GoalData> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return { points: await this.data.list(ctx, sectionId, clientIp(req)) };
  }

  @Post('sections/:sectionId/goal-data')
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: `Record a data point toward a goal of the approved plan (${WRITE_ERRORS})`,
    body: createDataPointRequestSchema,
    response: dataPointViewSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  record(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<DataPointView> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.data.record(ctx, sectionId, parsePoint(createDataPointRequestSchema, body), clientIp(req));
  }

  @Get('goal-data/:id/versions')
  @ApiRoute({
    params: dataPointIdParamSchema,
    summary: 'Every version of a data point, the first recording first',
    response: dataPointVersionsSchema,
    errors: [400, 401, 404],
  })
  async versions(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Req() req: Request,
  ): Promise<DataPointVersions> {
    const { id } = parseInput(dataPointIdParamSchema, params);
    return { versions: await this.data.versions(ctx, id, clientIp(req)) };
  }

  @Post('goal-data/:id/corrections')
  @HttpCode(200)
  @ApiRoute({
    params: dataPointIdParamSchema,
    summary: `Correct a data point: a new version with the reason; earlier versions are kept (${WRITE_ERRORS})`,
    body: correctDataPointRequestSchema,
    response: dataPointViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  correct(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<DataPointView> {
    const { id } = parseInput(dataPointIdParamSchema, params);
    return this.data.correct(ctx, id, parsePoint(correctDataPointRequestSchema, body), clientIp(req));
  }

  @Post('goal-data/:id/cosign')
  @HttpCode(200)
  @ApiRoute({
    params: dataPointIdParamSchema,
    summary:
      'The supervising OT co-signs the named (current) version of an OTA’s data point; only then is it charted and reported (403 COSIGN_NOT_SUPERVISOR; 409 COSIGN_ALREADY_DONE, COSIGN_VERSION_SUPERSEDED, COSIGN_NOT_NEEDED, SECTION_NOT_APPROVED)',
    body: cosignServiceSessionRequestSchema,
    response: dataPointViewSchema,
    errors: [400, 401, 403, 404, 409],
  })
  cosign(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Params,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<DataPointView> {
    const { id } = parseInput(dataPointIdParamSchema, params);
    const { version } = parseInput(cosignServiceSessionRequestSchema, body);
    return this.data.cosign(ctx, id, version, clientIp(req));
  }
}

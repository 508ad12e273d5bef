import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  accessLogEntriesQuerySchema,
  accessLogPageSchema,
  accessLogQuerySchema,
  accessLogSchema,
  peopleParams,
  type AccessLogEntry,
  type AccessLogPage,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { AccessLogService } from './access-log.service';

const studentParamSchema = peopleParams.student;

@ApiTags('audit')
@Controller('students/:studentId/access-log')
@UseGuards(AuthGuard)
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  @Get()
  @ApiRoute({
    params: studentParamSchema,
    query: accessLogQuerySchema,
    summary:
      "Who saw or changed the student's record, grouped by person, action and day, with the purpose (newest first, a page at a time)",
    response: accessLogPageSchema,
    errors: [400, 401, 403, 404],
  })
  async page(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Query() query: Record<string, string>,
  ): Promise<AccessLogPage> {
    const { studentId } = parseInput(studentParamSchema, params);
    return this.log.page(ctx, studentId, parseInput(accessLogQuerySchema, query));
  }

  @Get('entries')
  @ApiRoute({
    params: studentParamSchema,
    query: accessLogEntriesQuerySchema,
    summary: 'Every audit event on the student, with its details (staff who answer for the record)',
    response: accessLogSchema,
    errors: [400, 401, 403, 404],
  })
  async entries(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Query() query: Record<string, string>,
  ): Promise<{ entries: AccessLogEntry[] }> {
    const { studentId } = parseInput(studentParamSchema, params);
    return { entries: await this.log.trail(ctx, studentId, parseInput(accessLogEntriesQuerySchema, query)) };
  }
}

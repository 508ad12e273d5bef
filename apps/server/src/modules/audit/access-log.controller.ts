import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { accessLogQuerySchema, accessLogSchema, peopleParams, type AccessLogEntry } from '@iep/shared';
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
    summary: "Who saw or changed the student's record, when and what (newest first)",
    response: accessLogSchema,
    errors: [400, 401, 403, 404],
  })
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Query() query: Record<string, string>,
  ): Promise<{ entries: AccessLogEntry[] }> {
    const { studentId } = parseInput(studentParamSchema, params);
    return { entries: await this.log.list(ctx, studentId, parseInput(accessLogQuerySchema, query)) };
  }
}

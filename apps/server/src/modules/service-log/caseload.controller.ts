import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { caseloadQuerySchema, caseloadSchema, type Caseload } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { CaseloadService } from './caseload.service';

@ApiTags('service log')
@Controller()
@UseGuards(AuthGuard)
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get('caseload')
  @ApiRoute({
    query: caseloadQuerySchema,
    summary:
      'The caseload: per student and service, minutes required against delivered, make-ups owed, behind by how much since when (most behind first); the OT’s and administrator’s teams and the district administrator’s districts',
    response: caseloadSchema,
    errors: [400, 401, 403],
  })
  get(@CurrentAuth() ctx: AuthContext, @Query() query: unknown, @Req() req: Request): Promise<Caseload> {
    const { on } = parseInput(caseloadQuerySchema, query ?? {});
    return this.caseload.forUser(ctx, on, clientIp(req));
  }
}

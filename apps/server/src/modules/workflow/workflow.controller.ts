import { Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  familyResponseRequestSchema,
  sectionIdParamSchema,
  transitionRequestSchema,
  transitionResponseSchema,
  workflowStateSchema,
  type SectionStatus,
  type WorkflowState,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { WorkflowService } from './workflow.service';

@ApiTags('workflow')
@Controller('sections/:sectionId')
@UseGuards(AuthGuard)
export class WorkflowController {
  constructor(private readonly workflow: WorkflowService) {}

  @Post('transition')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary:
      'Move the section in its workflow (a version is saved at every step); approval comes with the last signature',
    body: transitionRequestSchema,
    response: transitionResponseSchema,
    errors: [400, 401, 403, 404, 409],
  })
  transition(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<{ status: SectionStatus; versionNumber: number }> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.workflow.transition(ctx, sectionId, parseInput(transitionRequestSchema, body), clientIp(req));
  }

  @Post('family-response')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The family answers the shared draft (parents, in family review)',
    body: familyResponseRequestSchema,
    response: workflowStateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  familyResponse(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<WorkflowState> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { note } = parseInput(familyResponseRequestSchema, body ?? {});
    return this.workflow.familyResponse(ctx, sectionId, note, clientIp(req));
  }
}

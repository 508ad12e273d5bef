import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  revokeConsentRequestSchema,
  sectionIdParamSchema,
  signoffStateSchema,
  signRequestSchema,
  type SignoffState,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { SignoffService } from './signoff.service';

@ApiTags('signoff')
@Controller('sections/:sectionId/signoffs')
@UseGuards(AuthGuard)
export class SignoffController {
  constructor(private readonly signoff: SignoffService) {}

  @Get()
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'The version under sign-off (or approved), its signatures, revocations and who must still sign',
    response: signoffStateSchema,
    errors: [400, 401, 404],
  })
  state(@CurrentAuth() ctx: AuthContext, @Param() params: Record<string, string>): Promise<SignoffState> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.signoff.state(ctx, sectionId);
  }

  @Post()
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'Sign the version under sign-off: OT and family in either order, the administrator last (which approves)',
    body: signRequestSchema,
    response: signoffStateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  sign(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<SignoffState> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    return this.signoff.sign(ctx, sectionId, parseInput(signRequestSchema, body), clientIp(req));
  }

  @Post('revoke')
  @HttpCode(200)
  @ApiRoute({
    params: sectionIdParamSchema,
    summary: 'A parent revokes consent given earlier; both stay in the record',
    body: revokeConsentRequestSchema,
    response: signoffStateSchema,
    errors: [400, 401, 403, 404, 409],
  })
  revoke(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: Record<string, string>,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<SignoffState> {
    const { sectionId } = parseInput(sectionIdParamSchema, params);
    const { reason } = parseInput(revokeConsentRequestSchema, body);
    return this.signoff.revoke(ctx, sectionId, reason, clientIp(req));
  }
}

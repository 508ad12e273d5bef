import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  acceptedInvitationSchema,
  acceptInvitationSchema,
  createdInvitationSchema,
  createInvitationSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
  peopleParams,
  teamPanelSchema,
  type AcceptedInvitation,
  type CreatedInvitation,
  type InvitationDto,
  type InvitationPreview,
  type TeamPanel,
} from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import type { AuthContext } from '../auth/auth.types';

import { clientIp, setSessionCookie, tokenFromHeaders } from '../auth/session-token';
import { InvitationsService, type Caller } from './invitations.service';

type Params = Record<string, string>;

const caller = (ctx: AuthContext, req: Request): Caller => ({
  userId: ctx.user.id,
  ip: clientIp(req),
  origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
});

/** A student's team and invitations (signed in), and the public invitation link routes. */
@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('students/:studentId/team')
  @UseGuards(AuthGuard)
  @ApiRoute({
    params: peopleParams.student,
    summary: 'The team panel: members, invitations (for those who may invite) and what the caller may do',
    response: teamPanelSchema,
    errors: [400, 401, 404],
  })
  team(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<TeamPanel> {
    return this.invitations.team(ctx.user.id, parseInput(peopleParams.student, params).studentId);
  }

  @Get('students/:studentId/invitations')
  @UseGuards(AuthGuard)
  @ApiRoute({
    params: peopleParams.student,
    summary: 'The student’s invitations with their status',
    response: invitationListSchema,
    errors: [400, 401, 403, 404],
  })
  async list(@CurrentAuth() ctx: AuthContext, @Param() params: Params): Promise<{ invitations: InvitationDto[] }> {
    return {
      invitations: await this.invitations.list(ctx.user.id, parseInput(peopleParams.student, params).studentId),
    };
  }

  @Post('students/:studentId/invitations')
  @UseGuards(AuthGuard)
  @ApiRoute({
    params: peopleParams.student,
    summary: 'Invite someone by email with a role; the link is mailed and returned once',
    body: createInvitationSchema,
    response: createdInvitationSchema,
    status: 201,
    errors: [400, 401, 403, 404, 409],
  })
  create(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Param() params: Params,
    @Body() body: unknown,
  ): Promise<CreatedInvitation> {
    const { studentId } = parseInput(peopleParams.student, params);
    return this.invitations.create(caller(ctx, req), studentId, parseInput(createInvitationSchema, body));
  }

  @Post('invitations/:id/revoke')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  @ApiRoute({
    params: peopleParams.invitation,
    summary: 'Withdraw an open invitation (409 LINK_USED once accepted)',
    response: invitationSchema,
    errors: [400, 401, 403, 404, 409],
  })
  revoke(@CurrentAuth() ctx: AuthContext, @Req() req: Request, @Param() params: Params): Promise<InvitationDto> {
    return this.invitations.revoke(caller(ctx, req), parseInput(peopleParams.invitation, params).id);
  }

  @Get('invitations/by-token/:token')
  @ApiRoute({
    params: peopleParams.token,
    summary: 'Public: what an invitation link offers; 404 unknown, 409 LINK_EXPIRED / LINK_USED / LINK_REVOKED',
    response: invitationPreviewSchema,
    errors: [400, 404, 409],
  })
  preview(@Param() params: Params): Promise<InvitationPreview> {
    return this.invitations.preview(parseInput(peopleParams.token, params).token);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Public: accept an invitation (new account: name and password; existing: signed in or its password)',
    body: acceptInvitationSchema,
    response: acceptedInvitationSchema,
    errors: [400, 401, 403, 404, 409, 429],
  })
  async accept(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() body: unknown,
  ): Promise<AcceptedInvitation> {
    const input = parseInput(acceptInvitationSchema, body);
    const current = await this.auth.resolve(tokenFromHeaders(req.headers));
    const accepted = await this.invitations.accept(input, clientIp(req), current);
    if (accepted.session)
      setSessionCookie(res, accepted.session.token, accepted.session.expiresAt, this.config.cookieSecure);
    return { studentId: accepted.studentId, userId: accepted.userId };
  }
}

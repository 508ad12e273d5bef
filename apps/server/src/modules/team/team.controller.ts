import { Body, Controller, HttpCode, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  changeRoleRequestSchema,
  removeMemberRequestSchema,
  revokeAuthorityRequestSchema,
  teamMemberParamsSchema,
  type Role,
} from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { TeamService } from './team.service';

@ApiTags('team')
@Controller('students/:studentId/team/:userId')
@UseGuards(AuthGuard)
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Patch()
  @ApiRoute({
    params: teamMemberParamsSchema,
    summary: "Change a member's role (with the reason); their open sockets follow at once",
    body: changeRoleRequestSchema,
    errors: [400, 401, 403, 404, 409],
  })
  changeRole(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<{ role: Role }> {
    const { studentId, userId } = parseInput(teamMemberParamsSchema, params);
    return this.team.changeRole(
      ctx.user.id,
      studentId,
      userId,
      parseInput(changeRoleRequestSchema, body),
      clientIp(req),
    );
  }

  @Post('remove')
  @HttpCode(204)
  @ApiRoute({
    params: teamMemberParamsSchema,
    summary: 'Remove someone from the team (with the reason); their open sockets close at once',
    body: removeMemberRequestSchema,
    errors: [400, 401, 403, 404, 409],
  })
  async remove(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<void> {
    const { studentId, userId } = parseInput(teamMemberParamsSchema, params);
    await this.team.remove(
      ctx.user.id,
      studentId,
      userId,
      parseInput(removeMemberRequestSchema, body).reason,
      clientIp(req),
    );
  }

  @Post('revoke-authority')
  @HttpCode(204)
  @ApiRoute({
    params: teamMemberParamsSchema,
    summary: "Mark a parent's authority revoked (a custody order): no access from now on",
    body: revokeAuthorityRequestSchema,
    errors: [400, 401, 403, 404, 409],
  })
  async revokeAuthority(
    @CurrentAuth() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
    @Req() req: Request,
  ): Promise<void> {
    const { studentId, userId } = parseInput(teamMemberParamsSchema, params);
    await this.team.revokeAuthority(
      ctx.user.id,
      studentId,
      userId,
      parseInput(revokeAuthorityRequestSchema, body).reason,
      clientIp(req),
    );
  }
}

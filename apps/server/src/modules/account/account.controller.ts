import { Body, Controller, HttpCode, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { changePasswordSchema, updateProfileSchema, userSchema, type User } from '@iep/shared';
import { ApiRoute } from '../../common/openapi';
import { parseInput } from '../../common/zod';
import { AuthGuard, CurrentAuth } from '../auth/auth.guard';
import type { AuthContext } from '../auth/auth.types';
import { clientIp } from '../auth/session-token';
import { AccountService } from './account.service';

@ApiTags('account')
@Controller('me')
@UseGuards(AuthGuard)
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Patch()
  @ApiRoute({
    summary: 'Change my display name and/or language',
    body: updateProfileSchema,
    response: z.object({ user: userSchema }),
    errors: [400, 401],
  })
  async update(@CurrentAuth() ctx: AuthContext, @Body() body: unknown, @Req() req: Request): Promise<{ user: User }> {
    return { user: await this.account.updateProfile(ctx, parseInput(updateProfileSchema, body), clientIp(req)) };
  }

  @Post('password')
  @HttpCode(204)
  @ApiRoute({
    summary: 'Change my password (WRONG_PASSWORD, PASSWORD_TOO_WEAK); ends my other sessions',
    body: changePasswordSchema,
    status: 204,
    errors: [400, 401, 429],
  })
  async changePassword(@CurrentAuth() ctx: AuthContext, @Body() body: unknown, @Req() req: Request): Promise<void> {
    await this.account.changePassword(ctx, parseInput(changePasswordSchema, body), clientIp(req));
  }
}

import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  type LoginResponse,
  type MeResponse,
} from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { parseInput } from '../../common/zod';
import { ApiRoute } from '../../common/openapi';
import { AuthGuard, CurrentAuth } from './auth.guard';
import { AuthService } from './auth.service';
import { clientIp, SESSION_COOKIE, setSessionCookie } from './session-token';
import type { AuthContext } from './auth.types';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiRoute({
    summary: 'Sign in; sets the session cookie and returns a bearer token',
    body: loginRequestSchema,
    response: loginResponseSchema,
    errors: [400, 401, 429],
  })
  async login(
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const input = parseInput(loginRequestSchema, body);
    const { user, token, expiresAt } = await this.auth.login(input, clientIp(req));
    setSessionCookie(res, token, expiresAt, this.config.cookieSecure);
    return { user, token };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(AuthGuard)
  @ApiRoute({ summary: 'End this session everywhere', status: 204, errors: [401] })
  async logout(
    @CurrentAuth() ctx: AuthContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(ctx, clientIp(req));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @UseGuards(AuthGuard)
  @ApiRoute({
    summary: 'The signed-in user, and what the browser may keep on the device (OFFLINE_STORAGE)',
    response: meResponseSchema,
    errors: [401],
  })
  me(@CurrentAuth() ctx: AuthContext): MeResponse {
    return { user: ctx.user, device: { offlineStorage: this.config.offlineStorage } };
  }
}
